import { useState, type FormEvent } from 'react';
import { createSessionBodySchema, type Session } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { scheduleSession } from '../api/sessions-api';

const browserTimezone = () => Intl.DateTimeFormat().resolvedOptions().timeZone.replaceAll('_', ' ');

/** `datetime-local` gives wall-clock time without a zone; the browser's own zone is the one the person means. */
const toIsoWithOffset = (local: string) => {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
};

export function ScheduleSessionForm({ groupId, defaultMinutes, onScheduled }: { groupId: string; defaultMinutes: number; onScheduled: (s: Session) => void }) {
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [errors, setErrors] = useState<FieldErrors>({});
  const schedule = useAction(scheduleSession);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(createSessionBodySchema, { scheduledStart: toIsoWithOffset(start), durationMinutes: Number(minutes) });
    if (!checked.ok) return setErrors({ ...checked.errors, ...(checked.errors.scheduledStart ? { scheduledStart: 'Choose a date and time' } : {}) });
    setErrors({});
    const session = await schedule.run(groupId, checked.data);
    if (!session) return;
    setStart('');
    onScheduled(session);
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="schedule-heading">
      <h3 id="schedule-heading">Schedule a session</h3>
      <div className="form__pair">
        <Field label="Date and start time" hint={`In your time zone (${browserTimezone()}).`} error={errors.scheduledStart}>
          {(c) => <input {...c} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label="Length in minutes" error={errors.durationMinutes}>
          {(c) => <input {...c} type="number" inputMode="numeric" min={15} max={240} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </Field>
      </div>
      <ErrorNotice error={schedule.error} />
      <SubmitButton pending={schedule.pending} pendingLabel="Scheduling…">
        Schedule session
      </SubmitButton>
    </form>
  );
}
