import { useState, type FormEvent } from 'react';
import { MAX_SERIES_WEEKS, seriesBodySchema, type SeriesResult } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { addSeries } from '../api/schedule-api';

/** "Schedule the next 8 weeks" from the group's own weekday and time; weeks already there stay as they are. */
export function SeriesForm({ groupId, scheduleLabel, onAdded }: { groupId: string; scheduleLabel: string; onAdded: (result: SeriesResult) => void }) {
  const [weeks, setWeeks] = useState('8');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useAction(addSeries);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(seriesBodySchema, { weeks: Number(weeks) });
    if (!checked.ok) return setErrors({ weeks: `Choose between 1 and ${MAX_SERIES_WEEKS} weeks` });
    setErrors({});
    const result = await add.run(groupId, checked.data);
    if (result) onAdded(result);
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="series-heading">
      <h3 id="series-heading">Schedule the coming weeks</h3>
      <Field
        label="Number of weeks"
        hint={`From the group’s schedule: ${scheduleLabel}. Weeks that already have a session are left as they are.`}
        error={errors.weeks}
      >
        {(c) => <input {...c} type="number" inputMode="numeric" min={1} max={MAX_SERIES_WEEKS} value={weeks} onChange={(e) => setWeeks(e.target.value)} />}
      </Field>
      <ErrorNotice error={add.error} />
      <SubmitButton pending={add.pending} pendingLabel="Scheduling…">
        Schedule the next {Number(weeks) > 0 ? weeks : 'few'} weeks
      </SubmitButton>
    </form>
  );
}
