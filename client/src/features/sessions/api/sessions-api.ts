import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { sessionGateSchema, sessionSchema, type CreateSessionBody, type PrivacyCheckBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const sessionsQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'sessions'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/sessions`, { schema: z.array(sessionSchema), signal }),
  });

export const scheduleSession = (groupId: string, body: CreateSessionBody) =>
  apiRequest(`/api/groups/${groupId}/sessions`, { method: 'POST', body, schema: sessionSchema });

export const openSession = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/open`, { method: 'POST', schema: sessionSchema });

/** Ends it for good and closes the LiveKit room: every page in it hears ROOM_DELETED. */
export const endSession = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/end`, { method: 'POST', schema: sessionSchema });

export const sessionGateQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'gate'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}`, { schema: sessionGateSchema, signal }),
  });

export const confirmPrivacy = (sessionId: string, body: PrivacyCheckBody) => apiRequest(`/api/sessions/${sessionId}/privacy-check`, { method: 'POST', body });
