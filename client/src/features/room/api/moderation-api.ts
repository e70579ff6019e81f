import { sessionSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

/** Facilitators only; the server refuses everyone else with FORBIDDEN. */
export const muteParticipant = (sessionId: string, userId: string) =>
  apiRequest(`/api/sessions/${sessionId}/participants/${userId}/mute`, { method: 'POST' });

/** Out of the room now, and no token for this session ever again. */
export const removeParticipant = (sessionId: string, userId: string) =>
  apiRequest(`/api/sessions/${sessionId}/participants/${userId}/remove`, { method: 'POST' });

/** Closes the LiveKit room: everyone's page hears ROOM_DELETED. */
export const endSession = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/end`, { method: 'POST', schema: sessionSchema });
