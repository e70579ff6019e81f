import { useState, type FormEvent } from 'react';
import { GROUP_NOTE_PROMPTS, groupNoteInputSchema, NOTE_LIMITS, type GroupNote, type GroupNoteInput, type GroupNoteKey } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { saveGroupNote } from '../api/notes-api';

const EMPTY: GroupNoteInput = { themes: '', dynamics: '', risk: '', plan: '' };

/** The group note's four prompts, saved together. */
export function GroupNoteForm({ sessionId, note, disabled, onSaved }: { sessionId: string; note: GroupNote | null; disabled: boolean; onSaved: () => void }) {
  const [values, setValues] = useState<GroupNoteInput>(note ? { themes: note.themes, dynamics: note.dynamics, risk: note.risk, plan: note.plan } : EMPTY);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useAction(async (input: GroupNoteInput) => {
    await saveGroupNote(sessionId, input);
    setSaved(true);
    onSaved();
  });
  const serverErrors = serverFieldError(save.error);
  const errors = { ...serverErrors, ...clientErrors };
  const set = (key: GroupNoteKey, value: string) => (setSaved(false), setValues((v) => ({ ...v, [key]: value })));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(groupNoteInputSchema, values);
    if (!checked.ok) return setClientErrors(checked.errors);
    setClientErrors({});
    await save.run(checked.data);
  };

  return (
    <form className="form note-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="group-note-heading">
      {note ? (
        <p className="muted">
          Last saved by {note.updatedBy}, {formatDateTime(note.updatedAt)}.
        </p>
      ) : null}
      {GROUP_NOTE_PROMPTS.map((prompt) => (
        <Field key={prompt.key} label={prompt.label} hint={prompt.hint} error={errors[prompt.key]}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={NOTE_LIMITS.field}
              disabled={disabled}
              value={values[prompt.key]}
              onChange={(e) => set(prompt.key, e.target.value)}
            />
          )}
        </Field>
      ))}
      <ErrorNotice error={Object.keys(serverErrors).length > 0 ? undefined : save.error} />
      <div className="button-row">
        <SubmitButton pending={save.pending} pendingLabel="Saving…" disabled={disabled || save.pending}>
          Save the group note
        </SubmitButton>
      </div>
      <StatusMessage tone="success">{saved ? 'The group note is saved.' : null}</StatusMessage>
    </form>
  );
}
