/** Where she said she is opens only on its own session and person: copied onto another row, it does not. */
export const locationContext = (sessionId: string, userId: string) => `privacy_checks:${sessionId}:${userId}:location`;
