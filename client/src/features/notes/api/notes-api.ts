import { queryOptions } from '@tanstack/react-query';
import { sessionNotesSchema, sessionRecapSchema, type GroupNoteInput, type MemberNoteInput, type RecapInput } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

/** The facilitators' page for one session: never asked for by a member's screen. */
export const sessionNotesQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'notes'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/notes`, { schema: sessionNotesSchema, signal }),
  });

export const sessionRecapQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'recap'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/recap`, { schema: sessionRecapSchema, signal }),
  });

// api-client's method list has no PUT; it sends whatever method it is given (as plans-api does).
const PUT = 'PUT' as 'POST';

export const saveGroupNote = (sessionId: string, input: GroupNoteInput) => apiRequest(`/api/sessions/${sessionId}/notes/group`, { method: PUT, body: input });

export const saveMemberNote = (sessionId: string, memberId: string, input: MemberNoteInput) =>
  apiRequest(`/api/sessions/${sessionId}/notes/members/${memberId}`, { method: PUT, body: input });

export const saveRecap = (sessionId: string, input: RecapInput) => apiRequest(`/api/sessions/${sessionId}/recap`, { method: PUT, body: input });
