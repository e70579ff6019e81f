import { queryOptions } from '@tanstack/react-query';
import { groupRecordSchema, sessionReportSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const sessionReportQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'report'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/report`, { schema: sessionReportSchema, signal }),
  });

export const groupRecordQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'record'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/record`, { schema: groupRecordSchema, signal }),
  });

/** The CSV downloads are plain links: the browser saves what the server names in Content-Disposition. */
export const sessionReportCsvUrl = (sessionId: string) => `/api/sessions/${sessionId}/report.csv`;
export const groupRecordCsvUrl = (groupId: string) => `/api/groups/${groupId}/record.csv`;
