import { useState, type FormEvent } from 'react';
import { JOURNAL_LIMITS, JOURNAL_PROMPTS, journalAnswersSchema, type JournalAnswers, type JournalPromptKey } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';

const EMPTY: JournalAnswers = { resonated: '', workAndHome: '', skill: '' };

interface Props {
  initial?: JournalAnswers;
  submitLabel: string;
  onSubmit: (answers: JournalAnswers) => Promise<unknown>;
  onCancel?: () => void;
}

/** The three gentle prompts; any one answered is enough. Checked with the schema the server uses. */
export function JournalEntryForm({ initial = EMPTY, submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<JournalAnswers>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const save = useAction(onSubmit);
  const serverErrors = serverFieldError(save.error);
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(journalAnswersSchema, values);
    if (!checked.ok) return setClientErrors(checked.errors);
    setClientErrors({});
    await save.run(checked.data);
  };
  const set = (key: JournalPromptKey, value: string) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <form className="form journal-form" onSubmit={(e) => void submit(e)} noValidate>
      {JOURNAL_PROMPTS.map((prompt) => (
        <Field key={prompt.key} label={prompt.label} hint={prompt.hint} error={errors[prompt.key]}>
          {(control) => (
            <textarea {...control} rows={4} maxLength={JOURNAL_LIMITS.field} value={values[prompt.key]} onChange={(e) => set(prompt.key, e.target.value)} />
          )}
        </Field>
      ))}
      <ErrorNotice error={Object.keys(serverErrors).length > 0 ? undefined : save.error} />
      <div className="button-row">
        <SubmitButton pending={save.pending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
