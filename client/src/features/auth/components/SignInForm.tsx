import { useState, type FormEvent } from 'react';
import { signInBodySchema, type User } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { useAuth } from '@/lib/auth-context';
import { signIn } from '../api/auth-api';
import { TwoStepSignIn } from './TwoStepSignIn';

export function SignInForm({ onSignedIn, submitLabel = 'Sign in' }: { onSignedIn: (user: User) => void; submitLabel?: string }) {
  const { signedIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [secondStep, setSecondStep] = useState(false);
  const action = useAction(signIn);

  function finish(user: User) {
    signedIn(user);
    onSignedIn(user);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(signInBodySchema, { email, password });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const result = await action.run(checked.data);
    if (!result) return;
    if ('twoStepRequired' in result) return setSecondStep(true);
    finish(result);
  }

  if (secondStep) {
    return (
      <TwoStepSignIn
        onSignedIn={finish}
        onStartOver={() => {
          setSecondStep(false);
          setPassword('');
        }}
      />
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="Email" error={errors.email}>
        {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field label="Password" error={errors.password}>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <ErrorNotice error={action.error} />
      <SubmitButton pending={action.pending} pendingLabel="Signing in…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
