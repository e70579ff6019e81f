/** A journal entry is sealed to its own id and its writer: moved onto another row or person, it does not open. */
export const journalContext = (entryId: string, userId: string) => `journal_entries:${entryId}:${userId}`;
