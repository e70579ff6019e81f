import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { useAuth } from '@/lib/auth-context';

/** Sends a signed-out person to sign in, and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, error, retry } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null && error) {
    return (
      <ErrorNotice error={error}>
        <button type="button" className="button button--secondary" onClick={retry}>
          Try again
        </button>
      </ErrorNotice>
    );
  }
  if (user === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.signIn}?next=${next}`} replace />;
  }
  return children;
}
