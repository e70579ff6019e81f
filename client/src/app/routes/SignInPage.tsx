import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths, safeNext } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { useAuth } from '@/lib/auth-context';

export function SignInPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (user) return <Navigate to={next} replace />;

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Sign in')}</title>
      <h1>Welcome back</h1>
      <p className="lead">Sign in to see your groups and join your next session.</p>
      <div className="panel">
        <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
      </div>
      <p className="aside">
        New to Hearth? <Link to={`${paths.signUp}?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
      <p className="aside">
        Looking for a group? <Link to={paths.directory}>Browse the directory</Link> — no account needed.
      </p>
    </div>
  );
}
