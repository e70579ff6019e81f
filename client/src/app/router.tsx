import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/features/auth/components/RequireAuth';
import { Layout } from './Layout';
import { AccountPage } from './routes/AccountPage';
import { RouteError } from './RouteError';
import { DashboardPage } from './routes/DashboardPage';
import { DirectoryGroupPage } from './routes/DirectoryGroupPage';
import { DirectoryPage } from './routes/DirectoryPage';
import { GroupPage } from './routes/GroupPage';
import { InvitePage } from './routes/InvitePage';
import { NewGroupPage } from './routes/NewGroupPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { SessionPage } from './routes/SessionPage';
import { SessionNotesPage } from './routes/SessionNotesPage';
import { JournalPage } from './routes/JournalPage';
import { SignInPage } from './routes/SignInPage';
import { SignUpPage } from './routes/SignUpPage';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage';
import { ResetPasswordPage } from './routes/ResetPasswordPage';
import { DevMailboxPage } from './routes/DevMailboxPage';

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <Navigate to={paths.groups} replace /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.signUp, element: <SignUpPage /> },
      { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
      { path: '/reset-password/:token', element: <ResetPasswordPage /> },
      { path: paths.devMailbox, element: <DevMailboxPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      { path: paths.directory, element: <DirectoryPage /> },
      { path: '/directory/:groupId', element: <DirectoryGroupPage /> },
      { path: paths.groups, element: signedIn(<DashboardPage />) },
      { path: paths.account, element: signedIn(<AccountPage />) },
      { path: paths.newGroup, element: signedIn(<NewGroupPage />) },
      { path: '/groups/:groupId', element: signedIn(<GroupPage />) },
      { path: '/sessions/:sessionId', element: signedIn(<SessionPage />) },
      {
        path: '/sessions/:sessionId/report',
        // The record's charts are a large library: only facilitators who open a report download it.
        lazy: async () => {
          const { SessionReportPage } = await import('./routes/SessionReportPage');
          return { element: signedIn(<SessionReportPage />) };
        },
      },
      {
        path: '/groups/:groupId/record',
        lazy: async () => {
          const { GroupRecordPage } = await import('./routes/GroupRecordPage');
          return { element: signedIn(<GroupRecordPage />) };
        },
      },
      { path: '/sessions/:sessionId/notes', element: signedIn(<SessionNotesPage />) },
      { path: paths.journal, element: signedIn(<JournalPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
