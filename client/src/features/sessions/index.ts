/** What other features may import from sessions: ending one is also the room's button; a new group's first steps read its sessions. */
export { endSession, sessionsQuery } from './api/sessions-api';
