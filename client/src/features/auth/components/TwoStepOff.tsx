import { useState, type FormEvent } from 'react';
import { twoStepCodeBodySchema } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { disableTwoStep } from '../api/two-step-api';

/** Off only with a current code (or a recovery code), so a session left open elsewhere cannot do it. */
export function TwoStepOff({ onOff }: { onOff: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const off = useAction(async (value: string) => {
    await disableTwoStep(value);
    return true;
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(twoStepCodeBodySchema, { code });
    if (!checked.ok) return setError(checked.errors.code);
    setError(undefined);
    if (await off.run(checked.data.code)) onOff();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="two-step-off-heading">
      <h3 id="two-step-off-heading">Turn off two-step sign-in</h3>
      <Field label="Code from your app, or a recovery code" hint="After this, your password alone signs you in." error={error}>
        {(control) => <input {...control} autoComplete="one-time-code" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <ErrorNotice error={off.error} />
      <SubmitButton variant="danger" pending={off.pending} pendingLabel="Turning off…">
        Turn off two-step sign-in
      </SubmitButton>
    </form>
  );
}
