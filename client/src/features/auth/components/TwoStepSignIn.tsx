import { useEffect, useRef, useState, type FormEvent } from 'react';
import { twoStepCodeBodySchema, type User } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { isApiError } from '@/lib/api-client';
import { validate } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { completeTwoStep } from '../api/auth-api';

interface Props {
  onSignedIn: (user: User) => void;
  /** Back to the email and password, when the pending sign-in ran out. */
  onStartOver: () => void;
}

/** The second step of signing in: a code from her app, or one of her recovery codes. */
export function TwoStepSignIn({ onSignedIn, onStartOver }: Props) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const action = useAction(completeTwoStep);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), [recovery]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(twoStepCodeBodySchema, { code });
    if (!checked.ok) return setError(checked.errors.code);
    setError(undefined);
    const user = await action.run(checked.data.code);
    if (user) onSignedIn(user);
  }

  function switchKind() {
    setRecovery((r) => !r);
    setCode('');
    setError(undefined);
    action.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="two-step-signin-heading">
      <h2 id="two-step-signin-heading">Two-step sign-in</h2>
      <p>
        {recovery
          ? 'Enter one of the recovery codes you saved when you turned on two-step sign-in. Each one works once.'
          : 'Your password is right. Now open your authenticator app and enter the 6-digit code it shows for Hearth.'}
      </p>
      <Field label={recovery ? 'Recovery code' : 'Code from your app'} hint={recovery ? 'For example ABCD-EFGH-JKLM-NPQR.' : undefined} error={error}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            autoCapitalize={recovery ? 'characters' : 'off'}
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <ErrorNotice error={action.error}>
        {isApiError(action.error, 'TWO_STEP_EXPIRED') ? (
          <button type="button" className="button button--secondary" onClick={onStartOver}>
            Start again
          </button>
        ) : null}
      </ErrorNotice>
      <SubmitButton pending={action.pending} pendingLabel="Checking…">
        Sign in
      </SubmitButton>
      <button type="button" className="link-button" onClick={switchKind}>
        {recovery ? 'Use a code from your app instead' : 'Lost your phone? Use a recovery code'}
      </button>
    </form>
  );
}
