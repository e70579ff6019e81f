import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorNotice } from '@/components/Notice';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { nextSessionsQuery, sessionCalendarUrl } from '../api/schedule-api';

/** The next session of each of her groups (or of one group), for members and facilitators alike. */
export function NextSessions({ groupId, showGroupName = false }: { groupId?: string; showGroupName?: boolean }) {
  const next = useQuery(nextSessionsQuery());
  const sessions = (next.data ?? []).filter((s) => !groupId || s.groupId === groupId);
  const headingId = groupId ? `next-${groupId}` : 'next-sessions';

  if (next.isPending) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{sessions.length > 1 ? 'Next sessions' : 'Next session'}</h2>
      <ErrorNotice error={next.error} />
      {next.data && sessions.length === 0 ? <p className="muted">No session is scheduled yet.</p> : null}
      <ul className="row-list">
        {sessions.map((s) => {
          const when = formatDateTime(s.scheduledStart);
          return (
            <li key={s.id} className="row-list__item">
              <div>
                <p className="row-list__title">{when}</p>
                {showGroupName ? <p className="small">{s.groupName}</p> : null}
                {s.movedFrom ? <p className="small muted">Moved from {formatDateTime(s.movedFrom)}</p> : null}
              </div>
              <div className="button-row">
                <Link className={`button button--small ${s.status === 'open' ? 'button--primary' : 'button--secondary'}`} to={paths.session(s.id)}>
                  {s.status === 'open' ? 'Join now' : 'Get ready'}
                  <span className="visually-hidden"> for the session on {when}</span>
                </Link>
                <a className="button button--secondary button--small" href={sessionCalendarUrl(s.id)} download="hearth-session.ics">
                  Add to calendar<span className="visually-hidden"> (the session on {when})</span>
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
