import { queryOptions } from '@tanstack/react-query';
import { journalEntriesSchema, journalEntrySchema, type JournalAnswers, type JournalExportFormat, type NewJournalEntry } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const journalQuery = () =>
  queryOptions({
    queryKey: ['journal'],
    queryFn: ({ signal }) => apiRequest('/api/journal', { schema: journalEntriesSchema, signal }),
  });

export const sessionJournalQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['journal', 'session', sessionId],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/journal`, { schema: journalEntriesSchema, signal }),
  });

export const createEntry = (input: NewJournalEntry) => apiRequest('/api/journal', { method: 'POST', body: input, schema: journalEntrySchema });

export const updateEntry = (entryId: string, answers: JournalAnswers) =>
  apiRequest(`/api/journal/${entryId}`, { method: 'PATCH', body: answers, schema: journalEntrySchema });

export const deleteEntry = (entryId: string) => apiRequest(`/api/journal/${entryId}`, { method: 'DELETE' });

/** Shares this one entry with the group's facilitators, or takes it back. */
export const setShared = (entryId: string, shared: boolean) =>
  apiRequest(`/api/journal/${entryId}/share`, { method: shared ? ('PUT' as 'POST') : 'DELETE', schema: journalEntrySchema });

/** A plain link downloads it: the browser sends her cookie, the answer says attachment. */
export const exportUrl = (format: JournalExportFormat) => `/api/journal/export?format=${format}`;
