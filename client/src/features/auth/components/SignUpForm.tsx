import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signUpBodySchema, type User } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { isApiError } from '@/lib/api-client';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { useAuth } from '@/lib/auth-context';
import { signUp } from '../api/auth-api';

export function SignUpForm({ onSignedUp, submitLabel = 'Create account' }: { onSignedUp: (user: User) => void; submitLabel?: string }) {
  const { signedIn } = useAuth();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const action = useAction(signUp);
  // The server's strength check speaks beside the password, and the field takes focus to be retyped.
  const weak = isApiError(action.error, 'WEAK_PASSWORD') ? action.error.message : undefined;
  const errors: FieldErrors = { ...serverFieldError(action.error), ...(weak ? { password: weak } : {}), ...clientErrors };
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (weak) passwordRef.current?.focus();
  }, [weak]);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(signUpBodySchema, values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const user = await action.run(checked.data);
    if (!user) return;
    signedIn(user);
    onSignedUp(user);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="Your name" hint="Others in the group see your first name." error={errors.displayName}>
        {(control) => <input {...control} autoComplete="name" value={values.displayName} onChange={set('displayName')} />}
      </Field>
      <Field label="Email" error={errors.email}>
        {(control) => <input {...control} type="email" autoComplete="email" value={values.email} onChange={set('email')} />}
      </Field>
      <Field
        label="Password"
        hint="At least 10 characters. A passphrase of three or four unrelated words is strong and easy to remember; avoid your name, your email and well-known phrases."
        error={errors.password}
      >
        {(control) => <input {...control} ref={passwordRef} type="password" autoComplete="new-password" value={values.password} onChange={set('password')} />}
      </Field>
      <ErrorNotice error={weak ? undefined : action.error} />
      <SubmitButton pending={action.pending} pendingLabel="Creating your account…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
