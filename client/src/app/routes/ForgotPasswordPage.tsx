import { Link } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/auth/components/ForgotPasswordForm';

export function ForgotPasswordPage() {
  return (
    <div className="page page--narrow">
      <title>{pageTitle('Forgot password')}</title>
      <h1>Forgot your password?</h1>
      <p className="lead">Enter your email and we’ll send you a link to set a new one. The link works once, for 30 minutes.</p>
      <div className="panel">
        <ForgotPasswordForm />
      </div>
      <p className="aside">
        Remembered it? <Link to={paths.signIn}>Sign in</Link>
      </p>
    </div>
  );
}
