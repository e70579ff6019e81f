/** Every address in the client, in one place, so links and redirects cannot drift apart. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: (token: string) => `/reset-password/${token}`,
  devMailbox: '/dev/mailbox',
  account: '/account',
  groups: '/groups',
  directory: '/directory',
  directoryGroup: (groupId: string) => `/directory/${groupId}`,
  newGroup: '/groups/new',
  group: (groupId: string) => `/groups/${groupId}`,
  invite: (token: string) => `/invite/${token}`,
  session: (sessionId: string) => `/sessions/${sessionId}`,
  sessionReport: (sessionId: string) => `/sessions/${sessionId}/report`,
  groupRecord: (groupId: string) => `/groups/${groupId}/record`,
  sessionNotes: (sessionId: string) => `/sessions/${sessionId}/notes`,
  journal: '/journal',
} as const;

/** Where to go after signing in: only our own paths, never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.groups;
}
