import { useState, type FormEvent } from 'react';
import { moveSessionBodySchema, type Session } from '@hearth/shared';
import { ConfirmButton } from '@/components/ConfirmButton';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { cancelSession, moveSession } from '../api/schedule-api';

/** `datetime-local` wants the browser's own wall-clock time, without a zone. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Move or cancel one scheduled session (facilitators). */
export function SessionChanges({ session, onChanged }: { session: Session; onChanged: (message: string) => void }) {
  const [moving, setMoving] = useState(false);
  const [start, setStart] = useState(toLocalInput(session.scheduledStart));
  const [error, setError] = useState<string>();
  const move = useAction(moveSession);
  const cancel = useAction(cancelSession);
  const when = formatDateTime(session.scheduledStart);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const date = new Date(start);
    const checked = moveSessionBodySchema.safeParse({ scheduledStart: Number.isNaN(date.getTime()) ? '' : date.toISOString() });
    if (!checked.success) return setError('Choose a date and time');
    setError(undefined);
    const moved = await move.run(session.id, checked.data);
    if (!moved) return;
    setMoving(false);
    onChanged(`The session on ${when} now starts ${formatDateTime(moved.scheduledStart)}.`);
  }

  if (moving) {
    return (
      <form className="form" onSubmit={submit} noValidate aria-label={`Move the session on ${when}`}>
        <Field label="New date and start time" hint="In your time zone. It keeps its length." error={error}>
          {(c) => <input {...c} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <ErrorNotice error={move.error} />
        <div className="button-row">
          <SubmitButton pending={move.pending} pendingLabel="Moving…" className="button--small">
            Move it
          </SubmitButton>
          <button type="button" className="button button--secondary button--small" onClick={() => setMoving(false)}>
            Keep it
          </button>
        </div>
      </form>
    );
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setMoving(true)}>
        Move<span className="visually-hidden"> the session on {when}</span>
      </button>
      <ConfirmButton
        label="Cancel"
        accessibleLabel={`Cancel the session on ${when}`}
        question="Cancel this session? Everyone sees that the group does not meet that week."
        confirmLabel="Yes, cancel it"
        pending={cancel.pending}
        onConfirm={() =>
          void cancel.run(session.id).then((done) => {
            if (done) onChanged(`The session on ${when} is cancelled.`);
          })
        }
      />
      <ErrorNotice error={cancel.error} />
    </>
  );
}
