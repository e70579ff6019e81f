import { useEffect, useRef, useState, type FormEvent } from 'react';
import { twoStepCodeBodySchema, type TwoStepEnrolment } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { confirmTwoStep } from '../api/two-step-api';

interface Props {
  enrolment: TwoStepEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

/** Scan (or type) the secret, then prove it with a first code; nothing is on until that code matches. */
export function TwoStepSetup({ enrolment, onConfirmed, onCancel }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const confirm = useAction(confirmTwoStep);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(twoStepCodeBodySchema, { code });
    if (!checked.ok) return setError(checked.errors.code);
    setError(undefined);
    const result = await confirm.run(checked.data.code);
    if (result) onConfirmed(result.recoveryCodes);
  }

  return (
    <div className="two-step-setup">
      <h3 ref={headingRef} tabIndex={-1}>
        Set up your authenticator app
      </h3>
      <ol className="steps">
        <li>
          <p>In your authenticator app, add an account and scan this QR code.</p>
          <img className="qr-code" src={enrolment.qrCode} width={200} height={200} alt="QR code that adds Hearth to your authenticator app" />
          <details>
            <summary>Can’t scan it? Type this key instead</summary>
            <p>
              <code className="secret-key">{enrolment.secret.replace(/(.{4})(?!$)/g, '$1 ')}</code>
            </p>
            <p className="small muted">Choose a time-based code with 6 digits. Keep this key to yourself.</p>
          </details>
        </li>
        <li>
          <form className="form" onSubmit={submit} noValidate>
            <Field label="6-digit code from the app" hint="The app shows a new code every 30 seconds; any current one works." error={error}>
              {(control) => (
                <input {...control} inputMode="numeric" autoComplete="one-time-code" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />
              )}
            </Field>
            <ErrorNotice error={confirm.error} />
            <div className="button-row">
              <SubmitButton pending={confirm.pending} pendingLabel="Checking…">
                Turn on two-step sign-in
              </SubmitButton>
              <button type="button" className="button button--secondary" onClick={onCancel}>
                Cancel
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
