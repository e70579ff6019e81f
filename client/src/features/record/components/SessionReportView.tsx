import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ATTENDANCE_LABELS, type SessionReport } from '@hearth/shared';
import { ErrorNotice, Loading } from '@/components/Notice';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { sessionReportCsvUrl, sessionReportQuery } from '../api/record-api';
import { formatDuration, formatPercent, formatTime } from '../lib/record-format';
import '../record.css';

function Attendance({ report }: { report: SessionReport }) {
  const fair = report.fairShareMs;
  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Attendance and airtime</h2>
      <p className="muted small">
        Late: first in the room more than {report.graceMinutes} minutes after the start ({formatTime(report.session.measuredFrom)}). Left early: last left more than{' '}
        {report.graceMinutes} minutes before the end ({formatTime(report.session.measuredTo)}). Excused: told the group beforehand she could not come. The fair share
        is the members’ floor time together ({formatDuration(report.totalAirtimeMs)}) divided by those who were there: {formatDuration(fair)} each.
      </p>
      <div className="record-scroll" tabIndex={0} role="region" aria-label="Attendance and airtime per member">
        <table className="stack-table record-table">
          <caption className="visually-hidden">Each member’s attendance, turns and airtime against the fair share</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Attendance</th>
              <th scope="col">In the room</th>
              <th scope="col">Turns</th>
              <th scope="col">Airtime</th>
              <th scope="col">Against fair share</th>
            </tr>
          </thead>
          <tbody>
            {report.members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">
                  {m.displayName}
                  {m.removed ? <span className="tag tag--warning">Removed</span> : null}
                </th>
                <td>{ATTENDANCE_LABELS[m.category]}</td>
                <td>
                  {m.firstJoinedAt ? `${formatTime(m.firstJoinedAt)}–${m.lastLeftAt ? formatTime(m.lastLeftAt) : 'end'}, ${m.minutesInRoom} min` : '—'}
                  {m.stays > 1 ? <span className="muted"> ({m.stays} stays: dropped out and came back)</span> : null}
                </td>
                <td>{m.turns}</td>
                <td>{formatDuration(m.airtimeMs)}</td>
                <td>{fair > 0 ? formatPercent(m.airtimeMs / fair) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.facilitatorAirtimeMs > 0 ? (
        <p className="small muted">Facilitators held the floor for {formatDuration(report.facilitatorAirtimeMs)} (not counted in the fair share).</p>
      ) : null}
    </section>
  );
}

const names = (people: { displayName: string }[]) => (people.length > 0 ? people.map((p) => p.displayName).join(', ') : 'nobody');

function Happenings({ report }: { report: SessionReport }) {
  return (
    <>
      <section className="panel" aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">Rounds</h2>
        {report.rounds.length === 0 ? <p className="muted">No rounds in this session.</p> : null}
        <ul className="row-list">
          {report.rounds.map((r) => (
            <li key={r.startedAt} className="row-list__item">
              <p className="row-list__title">
                {r.kind.replace('-', ' ')} round at {formatTime(r.startedAt)}
              </p>
              <p>Spoke: {names(r.spoke)}</p>
              <p>Passed: {names(r.passed)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="moments-heading">
        <h2 id="moments-heading">“I need a moment”</h2>
        {report.moments.length === 0 ? <p className="muted">Nobody asked for a moment.</p> : null}
        <ul className="row-list">
          {report.moments.map((m) => (
            <li key={`${m.userId}-${m.at}`} className="row-list__item">
              {m.displayName} at {formatTime(m.at)} — {m.acknowledgedAt ? `seen to at ${formatTime(m.acknowledgedAt)}` : 'never cleared'}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="removals-heading">
        <h2 id="removals-heading">Removals</h2>
        {report.removals.length === 0 ? <p className="muted">Nobody was removed.</p> : null}
        <ul className="row-list">
          {report.removals.map((r) => (
            <li key={r.userId} className="row-list__item">
              {r.displayName}, removed at {formatTime(r.removedAt)} by {r.removedBy}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The facilitator's report on one ended session. */
export function SessionReportView({ sessionId }: { sessionId: string }) {
  const report = useQuery(sessionReportQuery(sessionId));
  if (report.isPending) return <Loading label="Loading the report…" />;
  if (report.error) return <ErrorNotice error={report.error} />;
  const { session } = report.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.group(session.groupId)}>Back to the group</Link> · <Link to={paths.groupRecord(session.groupId)}>The group’s record</Link>
      </p>
      <p className="eyebrow">Session report · {formatDateTime(session.scheduledStart)}</p>
      <h1>{session.groupName}</h1>
      <p className="muted">For the facilitators only: members never see anyone’s airtime.</p>
      <p>
        <a className="button button--secondary button--small" href={sessionReportCsvUrl(sessionId)} download>
          Download as CSV
        </a>
      </p>
      <Attendance report={report.data} />
      <Happenings report={report.data} />
    </>
  );
}
