import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { absenceSchema, seriesResultSchema, sessionSchema, type AbsenceBody, type MoveSessionBody, type SeriesBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const nextSessionsQuery = () =>
  queryOptions({
    queryKey: ['me', 'next-sessions'],
    queryFn: ({ signal }) => apiRequest('/api/me/next-sessions', { schema: z.array(sessionSchema), signal }),
  });

export const addSeries = (groupId: string, body: SeriesBody) =>
  apiRequest(`/api/groups/${groupId}/sessions/series`, { method: 'POST', body, schema: seriesResultSchema });

export const moveSession = (sessionId: string, body: MoveSessionBody) =>
  apiRequest(`/api/sessions/${sessionId}/move`, { method: 'POST', body, schema: sessionSchema });

export const cancelSession = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/cancel`, { method: 'POST', schema: sessionSchema });

export const absencesQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'absences'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/absences`, { schema: z.array(absenceSchema), signal }),
  });

export const sendAbsence = (sessionId: string, body: AbsenceBody) =>
  apiRequest(`/api/sessions/${sessionId}/absence`, { method: 'PUT', body, schema: absenceSchema });

export const withdrawAbsence = (sessionId: string) => apiRequest(`/api/sessions/${sessionId}/absence`, { method: 'DELETE' });

/** The session as an .ics file: a plain link, the browser downloads it with her cookie. */
export const sessionCalendarUrl = (sessionId: string) => `/api/sessions/${sessionId}/calendar.ics`;
