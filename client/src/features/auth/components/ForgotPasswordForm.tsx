import { useState, type FormEvent } from 'react';
import { requestPasswordResetBodySchema } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { requestPasswordReset } from '../api/password-reset-api';

/** Her email, then the same answer whatever it is: whether an account uses it is never shown. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction(requestPasswordReset);
  const [sent, setSent] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(requestPasswordResetBodySchema, { email });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const result = await action.run(checked.data);
    if (result) setSent(result.message);
  }

  if (sent) {
    return (
      <div className="notice notice--success" role="status">
        <p>{sent}</p>
        <p>Check your inbox (and the spam folder). Nothing arrived after a few minutes? Ask again below.</p>
        <button type="button" className="link-button" onClick={() => setSent(undefined)}>
          Ask again
        </button>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="Email" hint="The email you signed up with." error={errors.email}>
        {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <ErrorNotice error={action.error} />
      <SubmitButton pending={action.pending} pendingLabel="Sending…">
        Send me a reset link
      </SubmitButton>
    </form>
  );
}
