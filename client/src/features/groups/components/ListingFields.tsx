import { useId } from 'react';
import { MAX_INTAKE_QUESTIONS } from '@hearth/shared';
import { Field } from '@/components/Field';
import type { FieldErrors } from '@/lib/form-validation';
import type { GroupFormValues } from './group-form-values';

interface Props {
  values: GroupFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<GroupFormValues>) => void;
}

/** How the group appears in the public directory, and what a person answers when she asks to join. */
export function ListingFields({ values, errors, onChange }: Props) {
  const id = useId();
  const questions = values.intakeQuestions;
  const setQuestion = (index: number, text: string) => onChange({ intakeQuestions: questions.map((q, i) => (i === index ? text : q)) });

  return (
    <fieldset className="fieldset">
      <legend>Directory and requests to join</legend>
      <div className="check">
        <input id={`${id}-listed`} type="checkbox" checked={values.listedInDirectory} onChange={(e) => onChange({ listedInDirectory: e.target.checked })} />
        <label htmlFor={`${id}-listed`}>List this group in the public directory</label>
      </div>
      <p className="small muted">Visitors see its name, focus, description, schedule, cost, your profile and the seats left — never who its members are.</p>
      <div className="form__pair">
        <Field label="Format" hint="Closed: the same members throughout. Open: people join as seats free up." error={errors.format}>
          {(c) => (
            <select {...c} value={values.format} onChange={(e) => onChange({ format: e.target.value as GroupFormValues['format'] })}>
              <option value="closed">Closed</option>
              <option value="open">Open</option>
            </select>
          )}
        </Field>
        <Field label="Minimum commitment" hint="Sessions she agrees to attend (1–52)." error={errors.minimumCommitmentSessions}>
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              value={values.minimumCommitmentSessions}
              onChange={(e) => onChange({ minimumCommitmentSessions: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Start date" hint="Optional: the first session, when the group has not started yet." error={errors.startsOn}>
        {(c) => <input {...c} type="date" value={values.startsOn} onChange={(e) => onChange({ startsOn: e.target.value })} />}
      </Field>
      <Field label="Sliding-scale note" hint="Optional, e.g. “Ask about a lower fee if cost is a barrier.”" error={errors.slidingScaleNote}>
        {(c) => <input {...c} value={values.slidingScaleNote} onChange={(e) => onChange({ slidingScaleNote: e.target.value })} />}
      </Field>
      <fieldset className="fieldset">
        <legend>Intake questions</legend>
        <p className="small muted">Up to {MAX_INTAKE_QUESTIONS}, each answered when someone asks to join. Only you and your co-facilitators read the answers.</p>
        {errors.intakeQuestions ? <p className="field__error">{errors.intakeQuestions}</p> : null}
        {questions.map((question, index) => (
          <div key={index} className="question-row">
            <Field label={`Question ${index + 1}`} error={errors[`intakeQuestions.${index}`]}>
              {(c) => <input {...c} value={question} maxLength={300} onChange={(e) => setQuestion(index, e.target.value)} />}
            </Field>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={`Remove question ${index + 1}`}
              onClick={() => onChange({ intakeQuestions: questions.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </div>
        ))}
        {questions.length < MAX_INTAKE_QUESTIONS ? (
          <button type="button" className="button button--secondary button--small" onClick={() => onChange({ intakeQuestions: [...questions, ''] })}>
            Add a question
          </button>
        ) : null}
      </fieldset>
    </fieldset>
  );
}
