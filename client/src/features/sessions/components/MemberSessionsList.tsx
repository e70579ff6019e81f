import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '@/components/Notice';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { sessionsQuery } from '../api/sessions-api';
import { isJoinable } from './session-status';
import { SessionHeading } from './SessionHeading';

/** A member's view of the group's sessions: when they are, and the way in. */
export function MemberSessionsList({ groupId }: { groupId: string }) {
  const sessions = useQuery(sessionsQuery(groupId));
  const upcoming = sessions.data?.filter((s) => s.status !== 'ended') ?? [];
  // The weeks she was part of stay listed, latest first.
  const past = (sessions.data?.filter((s) => s.status === 'ended') ?? []).reverse();

  return (
    <section className="panel" aria-labelledby="member-sessions-heading">
      <h2 id="member-sessions-heading">Sessions</h2>
      {sessions.isPending ? <Loading label="Loading sessions…" /> : null}
      <ErrorNotice error={sessions.error} />
      {upcoming.length > 0 ? (
        <p className="small muted">You can get ready any time before a session: read and sign the group agreement, then confirm your privacy.</p>
      ) : null}
      {sessions.data && upcoming.length === 0 ? <p className="muted">No sessions are scheduled yet. Your facilitator will add them here.</p> : null}
      <ul className="row-list">
        {upcoming.map((session) => {
          const when = formatDateTime(session.scheduledStart);
          return (
            <li key={session.id} className="row-list__item">
              <SessionHeading when={when} status={session.status} movedFrom={session.movedFrom} />
              {session.status === 'cancelled' ? null : (
                <Link className={`button button--small ${isJoinable(session.status) ? 'button--primary' : 'button--secondary'}`} to={paths.session(session.id)}>
                  {isJoinable(session.status) ? 'Join' : 'Get ready'}
                  <span className="visually-hidden">
                    {isJoinable(session.status) ? '' : ' for'} the session on {when}
                  </span>
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {past.length > 0 ? (
        <>
          <h3>Past sessions</h3>
          <ul className="row-list">
            {past.map((session) => (
              <li key={session.id} className="row-list__item">
                <SessionHeading when={formatDateTime(session.scheduledStart)} status={session.status} />
                <Link className="button button--secondary button--small" to={paths.session(session.id)}>
                  Open<span className="visually-hidden"> the session on {formatDateTime(session.scheduledStart)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
