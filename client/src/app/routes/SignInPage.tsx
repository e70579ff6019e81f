import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths, safeNext } from '@/config/paths';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { useAuth } from '@/lib/auth-context';
import { hasSignedInHere } from '@/lib/returning';

export function SignInPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (user) return <Navigate to={next} replace />;
  // "Welcome back" only for someone who has signed in on this browser before.
  const returning = hasSignedInHere();

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Sign in')}</title>
      <h1>{returning ? 'Welcome back' : 'Welcome to Hearth'}</h1>
      <p className="lead">{returning ? 'Sign in to see your groups and join your next session.' : 'Sign in if you have an account, or create one below.'}</p>
      <div className="panel">
        <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
        <p className="aside">
          <Link to={paths.forgotPassword}>Forgot password?</Link>
        </p>
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
