import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Session } from '@hearth/shared';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { endSession, openSession, sessionsQuery } from '../api/sessions-api';
import { SeriesForm, SessionChanges } from '@/features/schedule';
import { ScheduleSessionForm } from './ScheduleSessionForm';
import { isJoinable } from './session-status';
import { SessionHeading } from './SessionHeading';

/** Facilitators schedule sessions, open their rooms, end them, and go in. */
export function SessionsSection({ groupId, defaultMinutes, scheduleLabel }: { groupId: string; defaultMinutes: number; scheduleLabel?: string }) {
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery(groupId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsQuery(groupId).queryKey });
  const [status, setStatus] = useState<string>();
  const change = useAction(async (session: Session, to: 'open' | 'end') => {
    await (to === 'open' ? openSession(session.id) : endSession(session.id));
    setStatus(`The session on ${formatDateTime(session.scheduledStart)} is ${to === 'open' ? 'open: members can join now' : 'ended'}.`);
    await refresh();
  });

  return (
    <section className="panel" aria-labelledby="sessions-heading" id="sessions">
      <h2 id="sessions-heading">Sessions</h2>
      {scheduleLabel ? (
        <SeriesForm
          groupId={groupId}
          scheduleLabel={scheduleLabel}
          onAdded={(r) => {
            setStatus(
              `${r.created.length === 1 ? '1 session' : `${r.created.length} sessions`} added.${r.skipped > 0 ? ` ${r.skipped} of those weeks already had one.` : ''}`,
            );
            void refresh();
          }}
        />
      ) : null}
      <ScheduleSessionForm
        groupId={groupId}
        defaultMinutes={defaultMinutes}
        onScheduled={(s) => {
          setStatus(`Session scheduled for ${formatDateTime(s.scheduledStart)}.`);
          void refresh();
        }}
      />
      <StatusMessage tone="success">{status}</StatusMessage>
      <ErrorNotice error={change.error}>
        {isApiError(change.error, 'TWO_STEP_REQUIRED') ? <Link to={paths.account}>Set up two-step sign-in</Link> : null}
      </ErrorNotice>
      <h3>Upcoming and past sessions</h3>
      <p>
        <Link to={paths.groupRecord(groupId)}>The group’s record</Link>: attendance, airtime and check-out over the last sessions
      </p>
      {sessions.isPending ? <Loading label="Loading sessions…" /> : null}
      <ErrorNotice error={sessions.error} />
      {sessions.data?.length === 0 ? <p className="muted">No sessions yet.</p> : null}
      <ul className="row-list">
        {sessions.data?.map((session) => {
          const when = formatDateTime(session.scheduledStart);
          return (
            <li key={session.id} className="row-list__item">
              <SessionHeading when={when} status={session.status} movedFrom={session.movedFrom} />
              <div className="button-row">
                {session.status === 'scheduled' ? (
                  <button type="button" className="button button--primary button--small" disabled={change.pending} onClick={() => void change.run(session, 'open')}>
                    Open<span className="visually-hidden"> the session on {when}</span>
                  </button>
                ) : null}
                {session.status === 'scheduled' ? (
                  <SessionChanges
                    session={session}
                    onChanged={(message) => {
                      setStatus(message);
                      void refresh();
                    }}
                  />
                ) : null}
                {session.status !== 'ended' && session.status !== 'cancelled' ? (
                  <Link className="button button--secondary button--small" to={paths.session(session.id)}>
                    {isJoinable(session.status) ? 'Join' : 'Go to session'}
                    <span className="visually-hidden">
                      {isJoinable(session.status) ? ' the session' : ''} on {when}
                    </span>
                  </Link>
                ) : null}
                {session.status === 'ended' ? (
                  <Link className="button button--secondary button--small" to={paths.sessionReport(session.id)}>
                    Report<span className="visually-hidden"> on the session on {when}</span>
                  </Link>
                ) : null}
                {session.status === 'open' || session.status === 'ended' ? (
                  <Link className="button button--secondary button--small" to={paths.sessionNotes(session.id)}>
                    Notes<span className="visually-hidden"> on the session on {when}</span>
                  </Link>
                ) : null}
                {isJoinable(session.status) ? (
                  <ConfirmButton
                    label="End"
                    accessibleLabel={`End the session on ${when}`}
                    question="End this session for everyone? The room closes at once."
                    confirmLabel="Yes, end it"
                    pending={change.pending}
                    onConfirm={() => void change.run(session, 'end')}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
