import { queryOptions } from '@tanstack/react-query';
import { safetyCheckSettingSchema, sessionSafetySchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const setSafetyCheck = (groupId: string, on: boolean) =>
  apiRequest(`/api/groups/${groupId}/safety-check`, { method: 'PATCH', body: { on }, schema: safetyCheckSettingSchema });

/** Facilitators only: the server refuses anyone else, and only the facilitator's panel asks. */
export const sessionSafetyQuery = (sessionId: string, presentKey: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'safety', presentKey],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/safety`, { schema: sessionSafetySchema, signal }),
  });
