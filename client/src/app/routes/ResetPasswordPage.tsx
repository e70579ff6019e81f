import { useCallback, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { isApiError } from '@/lib/api-client';
import { resetLinkQuery } from '@/features/auth/api/password-reset-api';
import { ResetPasswordForm } from '@/features/auth/components/ResetPasswordForm';

/** The page a reset link opens: a new password, then sign in with it (every other sign-in has ended). */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const link = useQuery(resetLinkQuery(token));
  const [state, setState] = useState<'form' | 'done' | 'invalid'>('form');
  const invalid = useCallback(() => setState('invalid'), []);

  let body;
  if (state === 'done') {
    body = (
      <div className="notice notice--success" role="status">
        <p>Your new password is set, and you’ve been signed out everywhere else.</p>
        <p>
          <Link to={paths.signIn}>Sign in with your new password</Link>
        </p>
      </div>
    );
  } else if (state === 'invalid' || isApiError(link.error, 'RESET_LINK_INVALID', 'VALIDATION_FAILED')) {
    body = (
      <div className="notice notice--error" role="alert">
        <p>This reset link has expired or was already used. Links work once, for 30 minutes.</p>
        <p>
          <Link to={paths.forgotPassword}>Ask for a new link</Link>
        </p>
      </div>
    );
  } else if (link.isPending) {
    body = <Loading label="Checking your link…" />;
  } else if (link.error) {
    body = <ErrorNotice error={link.error} />;
  } else {
    body = (
      <div className="panel">
        <ResetPasswordForm token={token} onDone={() => setState('done')} onLinkInvalid={invalid} />
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <title>{pageTitle('Set a new password')}</title>
      <h1>Set a new password</h1>
      {body}
    </div>
  );
}
