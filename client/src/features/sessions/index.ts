/** What other features may import from sessions: ending one is also the room's button. */
export { endSession } from './api/sessions-api';
