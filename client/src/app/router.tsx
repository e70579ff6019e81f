import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/**
 * Each page is a chunk of its own, fetched when its route is first visited: the sign-in page carries no
 * room, live-channel or chart code, and a member's browser never downloads facilitator-only pages
 * until she is sent to one (she is not: the server refuses her first).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, options: { signedIn?: boolean } = {}): ReactElement {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return options.signedIn ? (
    <RequireAuth>
      <Page />
    </RequireAuth>
  ) : (
    <Page />
  );
}

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home, element: <Navigate to={paths.groups} replace /> },
      { path: paths.signIn, element: page(() => import('./routes/SignInPage'), 'SignInPage') },
      { path: paths.signUp, element: page(() => import('./routes/SignUpPage'), 'SignUpPage') },
      { path: paths.forgotPassword, element: page(() => import('./routes/ForgotPasswordPage'), 'ForgotPasswordPage') },
      { path: '/reset-password/:token', element: page(() => import('./routes/ResetPasswordPage'), 'ResetPasswordPage') },
      { path: paths.devMailbox, element: page(() => import('./routes/DevMailboxPage'), 'DevMailboxPage') },
      { path: '/invite/:token', element: page(() => import('./routes/InvitePage'), 'InvitePage') },
      { path: paths.directory, element: page(() => import('./routes/DirectoryPage'), 'DirectoryPage') },
      { path: '/directory/:groupId', element: page(() => import('./routes/DirectoryGroupPage'), 'DirectoryGroupPage') },
      { path: paths.groups, element: page(() => import('./routes/DashboardPage'), 'DashboardPage', { signedIn: true }) },
      { path: paths.account, element: page(() => import('./routes/AccountPage'), 'AccountPage', { signedIn: true }) },
      { path: paths.newGroup, element: page(() => import('./routes/NewGroupPage'), 'NewGroupPage', { signedIn: true }) },
      { path: '/groups/:groupId', element: page(() => import('./routes/GroupPage'), 'GroupPage', { signedIn: true }) },
      { path: '/sessions/:sessionId', element: page(() => import('./routes/SessionPage'), 'SessionPage', { signedIn: true }) },
      // The record's charts are a large library: only facilitators who open a report download it.
      { path: '/sessions/:sessionId/report', element: page(() => import('./routes/SessionReportPage'), 'SessionReportPage', { signedIn: true }) },
      { path: '/groups/:groupId/record', element: page(() => import('./routes/GroupRecordPage'), 'GroupRecordPage', { signedIn: true }) },
      { path: '/sessions/:sessionId/notes', element: page(() => import('./routes/SessionNotesPage'), 'SessionNotesPage', { signedIn: true }) },
      { path: paths.journal, element: page(() => import('./routes/JournalPage'), 'JournalPage', { signedIn: true }) },
      { path: '*', element: page(() => import('./routes/NotFoundPage'), 'NotFoundPage') },
    ],
  },
];

/**
 * The routes in React Router's declarative mode: its data router (loaders, actions, fetchers), which no
 * page uses, is 16 KB gzip on every first page (bench/first-page). Navigations are transitions, so the
 * page on screen stays until the next one's chunk has come, as with the data router's `lazy`; nothing
 * shows until the first page's chunk has. A page that crashes, or whose chunk cannot be fetched, shows
 * RouteError in place of the whole frame until she goes to another address.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const element = useRoutes(routes);
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      <Suspense fallback={null}>{element}</Suspense>
    </ErrorBoundary>
  );
}
