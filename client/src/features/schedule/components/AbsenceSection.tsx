import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { absenceBodySchema, isFacilitatorRole, type Role, type Session } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { absencesQuery, sendAbsence, withdrawAbsence } from '../api/schedule-api';

/** Facilitators: who said she cannot come, with her note. */
function Notices({ sessionId }: { sessionId: string }) {
  const notices = useQuery(absencesQuery(sessionId));
  return (
    <section className="panel" aria-labelledby="absences-heading" id="absence">
      <h2 id="absences-heading">Can’t come</h2>
      <ErrorNotice error={notices.error} />
      {notices.data?.length === 0 ? <p className="muted">Nobody has said they can’t come.</p> : null}
      <ul className="row-list">
        {notices.data?.map((a) => (
          <li key={a.userId} className="row-list__item">
            <div>
              <p className="row-list__title">{a.displayName}</p>
              {a.note ? <p style={{ whiteSpace: 'pre-wrap' }}>{a.note}</p> : <p className="small muted">No note.</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A member: tell the facilitators she cannot come (with an optional private note), or take it back. */
function MyNotice({ sessionId }: { sessionId: string }) {
  const queryClient = useQueryClient();
  const mine = useQuery(absencesQuery(sessionId));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>();
  const send = useAction(sendAbsence);
  const withdraw = useAction(withdrawAbsence);
  const refresh = () => queryClient.invalidateQueries({ queryKey: absencesQuery(sessionId).queryKey });
  const sent = mine.data?.[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(absenceBodySchema, { note });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    if (await send.run(sessionId, checked.data)) {
      setStatus('Your facilitators know you can’t come.');
      setNote('');
      await refresh();
    }
  }

  return (
    <section className="panel" aria-labelledby="absence-heading" id="absence">
      <h2 id="absence-heading">Can’t come?</h2>
      <StatusMessage tone="success">{status}</StatusMessage>
      <ErrorNotice error={mine.error ?? withdraw.error} />
      {sent ? (
        <>
          <p>You told your facilitators you can’t come to this session.{sent.note ? ' Your note is only for them.' : ''}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={withdraw.pending}
            onClick={() =>
              void withdraw.run(sessionId).then(async () => {
                setStatus('Your notice is withdrawn: you’re expected after all.');
                await refresh();
              })
            }
          >
            I can come after all
          </button>
        </>
      ) : mine.data ? (
        <form className="form" onSubmit={submit} noValidate>
          <Field label="A note for your facilitators (optional)" hint="Only the facilitators read it." error={errors.note}>
            {(c) => <textarea {...c} rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <ErrorNotice error={send.error} />
          <SubmitButton pending={send.pending} pendingLabel="Sending…" variant="secondary">
            Tell them I can’t come
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}

/** Absence notices on a session that has not started: the member's own, or all of them for facilitators. */
export function AbsenceSection({ session, role }: { session: Session; role: Role }) {
  if (session.status !== 'scheduled') return null;
  return isFacilitatorRole(role) ? <Notices sessionId={session.id} /> : <MyNotice sessionId={session.id} />;
}
