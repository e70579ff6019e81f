import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths, safeNext } from '@/config/paths';
import { SignUpForm } from '@/features/auth/components/SignUpForm';
import { useAuth } from '@/lib/auth-context';

export function SignUpPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (user) return <Navigate to={next} replace />;

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Create an account')}</title>
      <h1>Create your account</h1>
      <p className="lead">Facilitators start groups here. If you were invited to a group, open the link from your facilitator instead.</p>
      <div className="panel">
        <SignUpForm onSignedUp={() => navigate(next, { replace: true })} />
      </div>
      <p className="aside">
        Already have an account? <Link to={`${paths.signIn}?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
      <p className="aside">
        Looking for a group? <Link to={paths.directory}>Browse the directory</Link> — no account needed.
      </p>
    </div>
  );
}
