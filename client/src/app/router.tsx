import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Each page is a chunk of its own, fetched when its route is first visited: the sign-in page carries no
 * room, live-channel or chart code, and a member's browser never downloads facilitator-only pages
 * until she is sent to one (she is not: the server refuses her first).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, options: { signedIn?: boolean } = {}) {
  return async () => {
    const Page: ComponentType = (await load())[name];
    return {
      element: options.signedIn ? (
        <RequireAuth>
          <Page />
        </RequireAuth>
      ) : (
        <Page />
      ),
    };
  };
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <Navigate to={paths.groups} replace /> },
      { path: paths.signIn, lazy: page(() => import('./routes/SignInPage'), 'SignInPage') },
      { path: paths.signUp, lazy: page(() => import('./routes/SignUpPage'), 'SignUpPage') },
      { path: paths.forgotPassword, lazy: page(() => import('./routes/ForgotPasswordPage'), 'ForgotPasswordPage') },
      { path: '/reset-password/:token', lazy: page(() => import('./routes/ResetPasswordPage'), 'ResetPasswordPage') },
      { path: paths.devMailbox, lazy: page(() => import('./routes/DevMailboxPage'), 'DevMailboxPage') },
      { path: '/invite/:token', lazy: page(() => import('./routes/InvitePage'), 'InvitePage') },
      { path: paths.directory, lazy: page(() => import('./routes/DirectoryPage'), 'DirectoryPage') },
      { path: '/directory/:groupId', lazy: page(() => import('./routes/DirectoryGroupPage'), 'DirectoryGroupPage') },
      { path: paths.groups, lazy: page(() => import('./routes/DashboardPage'), 'DashboardPage', { signedIn: true }) },
      { path: paths.account, lazy: page(() => import('./routes/AccountPage'), 'AccountPage', { signedIn: true }) },
      { path: paths.newGroup, lazy: page(() => import('./routes/NewGroupPage'), 'NewGroupPage', { signedIn: true }) },
      { path: '/groups/:groupId', lazy: page(() => import('./routes/GroupPage'), 'GroupPage', { signedIn: true }) },
      { path: '/sessions/:sessionId', lazy: page(() => import('./routes/SessionPage'), 'SessionPage', { signedIn: true }) },
      // The record's charts are a large library: only facilitators who open a report download it.
      { path: '/sessions/:sessionId/report', lazy: page(() => import('./routes/SessionReportPage'), 'SessionReportPage', { signedIn: true }) },
      { path: '/groups/:groupId/record', lazy: page(() => import('./routes/GroupRecordPage'), 'GroupRecordPage', { signedIn: true }) },
      { path: '/sessions/:sessionId/notes', lazy: page(() => import('./routes/SessionNotesPage'), 'SessionNotesPage', { signedIn: true }) },
      { path: paths.journal, lazy: page(() => import('./routes/JournalPage'), 'JournalPage', { signedIn: true }) },
      { path: '*', lazy: page(() => import('./routes/NotFoundPage'), 'NotFoundPage') },
    ],
  },
]);
