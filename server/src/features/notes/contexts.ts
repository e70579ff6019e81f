/** What each sealed note is bound to (lib/sealing's context): a value copied onto another row does not open there. */
export const sessionNoteContext = (sessionId: string) => `session_notes:${sessionId}`;
export const memberNoteContext = (sessionId: string, memberId: string) => `member_notes:${sessionId}:${memberId}`;
export const recapContext = (sessionId: string) => `session_recaps:${sessionId}`;
