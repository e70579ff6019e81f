import { roomTokenSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

/** Issued only after every step of the gate; refusals carry the step's code. */
export const fetchRoomToken = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/token`, { method: 'POST', schema: roomTokenSchema });
