import { useMemo, useState, type FormEvent } from 'react';
import { groupInputSchema, WEEKDAYS, type GroupInput } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { FIELD_FOR_PATH, inputFromValues, timezoneOptions, type GroupFormValues } from './group-form-values';
import { ListingFields } from './ListingFields';

interface GroupFormProps {
  initial: GroupFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: GroupInput) => void;
  onCancel?: () => void;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function byField(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [FIELD_FOR_PATH[path] ?? path, message]));
}

/** Creating and editing a group use the same form and the same shared schema. */
export function GroupForm({ initial, submitLabel, pendingLabel, pending, error, onSubmit, onCancel }: GroupFormProps) {
  const [values, setValues] = useState(initial);
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const errors = { ...byField(serverFieldError(error)), ...clientErrors };
  const timezones = useMemo(() => timezoneOptions(values.timezone), [values.timezone]);
  const set = (key: keyof GroupFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(groupInputSchema, inputFromValues(values));
    if (!checked.ok) return setErrors(byField(checked.errors));
    setErrors({});
    onSubmit(checked.data);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="Group name" error={errors.name}>
        {(c) => <input {...c} value={values.name} onChange={set('name')} />}
      </Field>
      <Field label="Focus" hint="One line, e.g. “Leading at work while raising young children”." error={errors.focus}>
        {(c) => <input {...c} value={values.focus} onChange={set('focus')} />}
      </Field>
      <Field label="Description" hint="Optional. Who the group is for and how it works." error={errors.description}>
        {(c) => <textarea {...c} rows={4} value={values.description} onChange={set('description')} />}
      </Field>
      <Field label="Capacity" hint="Members, not counting facilitators (2–12)." error={errors.capacity}>
        {(c) => <input {...c} type="number" inputMode="numeric" min={2} max={12} value={values.capacity} onChange={set('capacity')} />}
      </Field>
      <div className="form__pair">
        <Field label="Cost per session" hint="0 if free." error={errors.cost}>
          {(c) => <input {...c} inputMode="decimal" value={values.cost} onChange={set('cost')} />}
        </Field>
        <Field label="Currency" hint="e.g. EUR, GBP, USD" error={errors.currency}>
          {(c) => <input {...c} maxLength={3} autoCapitalize="characters" value={values.currency} onChange={set('currency')} />}
        </Field>
      </div>
      <fieldset className="fieldset">
        <legend>Weekly schedule</legend>
        <div className="form__pair">
          <Field label="Weekday" error={errors.weekday}>
            {(c) => (
              <select {...c} value={values.weekday} onChange={set('weekday')}>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {capitalise(day)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Start time" error={errors.time}>
            {(c) => <input {...c} type="time" value={values.time} onChange={set('time')} />}
          </Field>
        </div>
        <Field label="Time zone" error={errors.timezone}>
          {(c) => (
            <select {...c} value={values.timezone} onChange={set('timezone')}>
              {timezones.map((tz) => (
                <option key={tz} value={tz}>
                  {tz.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Length in minutes" hint="Between 30 and 180." error={errors.durationMinutes}>
          {(c) => <input {...c} type="number" inputMode="numeric" min={30} max={180} step={5} value={values.durationMinutes} onChange={set('durationMinutes')} />}
        </Field>
      </fieldset>
      <ListingFields values={values} errors={errors} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <ErrorNotice error={error} />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
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
