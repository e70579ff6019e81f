import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { attended, type GroupRecord } from '@hearth/shared';
import { formatDate } from '@/lib/format';

/** Colours that stay apart for common colour blindness (Okabe–Ito). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The charts are a picture of the tables beside them; screen readers get the tables. */
export function AttendanceChart({ record }: { record: GroupRecord }) {
  const data = record.sessions.map((s) => {
    const cells = record.members.flatMap((m) => m.cells.filter((c) => c.sessionId === s.id));
    return {
      date: formatDate(s.scheduledStart),
      present: cells.filter((c) => attended(c.category)).length,
      excused: cells.filter((c) => c.category === 'excused').length,
      absent: cells.filter((c) => c.category === 'absent').length,
    };
  });
  return (
    <div className="record-chart" aria-hidden="true">
      <ResponsiveContainer>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="present" name="There" stackId="a" fill={PALETTE[0]} />
          <Bar dataKey="excused" name="Excused" stackId="a" fill={PALETTE[1]} />
          <Bar dataKey="absent" name="Absent" stackId="a" fill={PALETTE[5]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function AirtimeChart({ record }: { record: GroupRecord }) {
  const data = record.sessions.map((s) => ({
    date: formatDate(s.scheduledStart),
    ...Object.fromEntries(
      record.members.map((m) => {
        const share = m.cells.find((c) => c.sessionId === s.id)?.airtimeShare;
        return [m.userId, share === null || share === undefined ? null : Math.round(share * 100)];
      }),
    ),
  }));
  return (
    <div className="record-chart" aria-hidden="true">
      <ResponsiveContainer>
        <LineChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis unit="%" domain={[0, 100]} />
          <Tooltip />
          <Legend />
          {record.members.map((m, i) => (
            <Line key={m.userId} dataKey={m.userId} name={m.displayName} stroke={PALETTE[i % PALETTE.length]} connectNulls dot />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RatingsChart({ record }: { record: GroupRecord }) {
  const data = record.sessions.map((s) => ({
    date: formatDate(s.scheduledStart),
    feltHeard: s.ratings?.feltHeard ?? null,
    mattered: s.ratings?.workedOnWhatMattered ?? null,
    overall: s.ratings?.overall ?? null,
  }));
  return (
    <div className="record-chart" aria-hidden="true">
      <ResponsiveContainer>
        <LineChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis domain={[1, 5]} allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line dataKey="feltHeard" name="Felt heard" stroke={PALETTE[0]} dot />
          <Line dataKey="mattered" name="Worked on what mattered" stroke={PALETTE[1]} dot />
          <Line dataKey="overall" name="Overall" stroke={PALETTE[2]} dot />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
