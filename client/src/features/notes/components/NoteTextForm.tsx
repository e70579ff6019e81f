import { useState, type FormEvent, type ReactNode } from 'react';
import { z } from 'zod';
import { Field } from '@/components/Field';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';

interface Props {
  label: string;
  hint?: ReactNode;
  initial: string;
  max: number;
  schema: z.ZodType<{ body: string }>;
  /** The button's words; the visually hidden part says whose note it is. */
  submitLabel: string;
  accessibleSuffix?: string;
  disabled?: boolean;
  onSave: (body: string) => Promise<unknown>;
}

/** One text and its Save: a member's note, or the recap. Saved empty, it is deleted. */
export function NoteTextForm({ label, hint, initial, max, schema, submitLabel, accessibleSuffix, disabled = false, onSave }: Props) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = useAction(async (text: string) => {
    await onSave(text);
    setSaved(true);
  });
  const serverError = serverFieldError(save.error).body;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(schema, { body });
    if (!checked.ok) return setError(checked.errors.body);
    setError(undefined);
    await save.run(checked.data.body);
  };

  return (
    <form className="form note-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={label} hint={hint} error={error ?? serverError}>
        {(control) => (
          <textarea {...control} rows={4} maxLength={max} value={body} disabled={disabled} onChange={(e) => (setSaved(false), setBody(e.target.value))} />
        )}
      </Field>
      <ErrorNotice error={serverError ? undefined : save.error} />
      <div className="button-row">
        <SubmitButton pending={save.pending} pendingLabel="Saving…" variant="secondary" disabled={disabled || save.pending}>
          {submitLabel}
          {accessibleSuffix ? <span className="visually-hidden"> {accessibleSuffix}</span> : null}
        </SubmitButton>
      </div>
      <StatusMessage tone="success">{saved ? (body.trim() ? 'Saved.' : 'Removed.') : null}</StatusMessage>
    </form>
  );
}
