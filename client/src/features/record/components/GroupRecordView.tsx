import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ATTENDANCE_LABELS, RATING_MIN_ANSWERS, RATING_WINDOW_HOURS, type GroupRecord } from '@hearth/shared';
import { ErrorNotice, Loading } from '@/components/Notice';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import { groupRecordCsvUrl, groupRecordQuery } from '../api/record-api';
import { formatPercent } from '../lib/record-format';
import { AirtimeChart, AttendanceChart, RatingsChart } from './RecordCharts';
import '../record.css';

function MemberTable({ record, caption, cell }: { record: GroupRecord; caption: string; cell: (c: GroupRecord['members'][number]['cells'][number]) => string }) {
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone.
    <div className="record-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="record-table record-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {record.sessions.map((s) => (
              <th scope="col" key={s.id}>
                <Link to={paths.sessionReport(s.id)}>{formatDate(s.scheduledStart)}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {record.members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">{m.displayName}</th>
              {record.sessions.map((s) => {
                const found = m.cells.find((c) => c.sessionId === s.id);
                return <td key={s.id}>{found ? cell(found) : 'Not in the group'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const TOO_FEW = `Fewer than ${RATING_MIN_ANSWERS} answers — not shown, to keep them anonymous`;

/** Why a session's averages are not shown: its check-out is still open, or too few answered. */
const keptBack = (ratingsFrom: string) =>
  Date.parse(ratingsFrom) > Date.now() ? `Shown from ${formatDateTime(ratingsFrom)}, once the check-out has closed` : TOO_FEW;

function Ratings({ record }: { record: GroupRecord }) {
  const any = record.sessions.some((s) => s.ratings !== null);
  return (
    <section className="panel" aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Check-out ratings</h2>
      <p className="muted small">
        The group’s averages from 1 to 5, from those who were in the session. Nobody’s own answers are shown; a session’s averages appear all at once{' '}
        {RATING_WINDOW_HOURS} hours after it ends, when its check-out closes, and only from {RATING_MIN_ANSWERS} answers.
      </p>
      {any ? <RatingsChart record={record} /> : null}
      <div className="record-scroll" tabIndex={0} role="region" aria-label="Average check-out ratings per session">
        <table className="record-table record-grid">
          <caption>Average check-out ratings per session</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Felt heard</th>
              <th scope="col">Worked on what mattered</th>
              <th scope="col">Overall</th>
            </tr>
          </thead>
          <tbody>
            {record.sessions.map((s) => (
              <tr key={s.id}>
                <th scope="row">{formatDate(s.scheduledStart)}</th>
                {s.ratings ? (
                  <>
                    <td>{s.ratings.feltHeard.toFixed(1)}</td>
                    <td>{s.ratings.workedOnWhatMattered.toFixed(1)}</td>
                    <td>
                      {s.ratings.overall.toFixed(1)} <span className="muted">({s.ratings.answers} answers)</span>
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="muted">
                    {keptBack(s.ratingsFrom)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The group over its last sessions: attendance, airtime share and check-out averages, each a chart with its table. */
export function GroupRecordView({ groupId }: { groupId: string }) {
  const record = useQuery(groupRecordQuery(groupId));
  if (record.isPending) return <Loading label="Loading the group’s record…" />;
  if (record.error) return <ErrorNotice error={record.error} />;
  const data = record.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.group(groupId)}>Back to the group</Link>
      </p>
      <p className="eyebrow">The group’s record · last {data.sessions.length} ended sessions</p>
      <h1>{data.groupName}</h1>
      <p className="muted">For the facilitators only: members never see anyone’s airtime.</p>
      {data.sessions.length === 0 ? (
        <p>No session has ended yet. The record fills in after the first one.</p>
      ) : (
        <>
          <p>
            <a className="button button--secondary button--small" href={groupRecordCsvUrl(groupId)} download>
              Download attendance and airtime as CSV
            </a>
          </p>
          <section className="panel" aria-labelledby="record-attendance-heading">
            <h2 id="record-attendance-heading">Attendance</h2>
            <AttendanceChart record={data} />
            <MemberTable record={data} caption="Attendance per member and session" cell={(c) => ATTENDANCE_LABELS[c.category]} />
          </section>
          <section className="panel" aria-labelledby="record-airtime-heading">
            <h2 id="record-airtime-heading">Airtime share</h2>
            <p className="muted small">Each member’s part of the members’ floor time in that session.</p>
            <AirtimeChart record={data} />
            <MemberTable record={data} caption="Airtime share per member and session" cell={(c) => formatPercent(c.airtimeShare)} />
          </section>
          <Ratings record={data} />
        </>
      )}
    </>
  );
}
