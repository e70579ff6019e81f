import { useEffect, useRef, useState, type FormEvent } from 'react';
import { resetPasswordBodySchema, type ResetPasswordBody } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { isApiError } from '@/lib/api-client';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { resetPassword } from '../api/password-reset-api';

/** A new password for the account behind the link, checked for strength as at sign-up. */
export function ResetPasswordForm({ token, onDone, onLinkInvalid }: { token: string; onDone: () => void; onLinkInvalid: () => void }) {
  const [password, setPassword] = useState('');
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const action = useAction(async (body: ResetPasswordBody) => {
    await resetPassword(body);
    return true;
  });
  const weak = isApiError(action.error, 'WEAK_PASSWORD') ? action.error.message : undefined;
  const errors: FieldErrors = { ...(weak ? { password: weak } : {}), ...clientErrors };
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (weak) passwordRef.current?.focus();
  }, [weak]);
  useEffect(() => {
    if (isApiError(action.error, 'RESET_LINK_INVALID')) onLinkInvalid();
  }, [action.error, onLinkInvalid]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(resetPasswordBodySchema, { token, password });
    if (!checked.ok) return setErrors({ password: checked.errors.password ?? checked.errors.token ?? 'Check the password' });
    setErrors({});
    if (await action.run(checked.data)) onDone();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field
        label="New password"
        hint="At least 10 characters. A passphrase of three or four unrelated words is strong and easy to remember; avoid your name, your email and well-known phrases."
        error={errors.password}
      >
        {(control) => (
          <input {...control} ref={passwordRef} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <ErrorNotice error={weak ? undefined : action.error} />
      <SubmitButton pending={action.pending} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
