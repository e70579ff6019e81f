import { stringify } from 'csv-stringify/sync';
import { ATTENDANCE_LABELS, type GroupRecord, type SessionReport } from '@hearth/shared';

/**
 * The record as CSV for a spreadsheet. csv-stringify quotes what needs quoting and, with
 * escape_formulas, puts a ' before any cell that starts like a formula (= + - @, tab, return), so a
 * name such as "=HYPERLINK(…)" stays text when the file is opened.
 */
const csv = (rows: (string | number)[][]) => stringify(rows, { escape_formulas: true, record_delimiter: 'windows', bom: true });

const seconds = (ms: number) => Math.round(ms / 1000);
const percent = (share: number | null) => (share === null ? '' : Math.round(share * 1000) / 10);

export function sessionReportCsv(report: SessionReport) {
  const header = [
    'Member',
    'Attendance',
    'First joined',
    'Last left',
    'Stays',
    'Minutes in room',
    'Turns',
    'Airtime (s)',
    'Fair share (s)',
    'Share of fair share (%)',
    'Removed',
  ];
  const rows = report.members.map((m) => [
    m.displayName,
    ATTENDANCE_LABELS[m.category],
    m.firstJoinedAt ?? '',
    m.lastLeftAt ?? '',
    m.stays,
    m.minutesInRoom,
    m.turns,
    seconds(m.airtimeMs),
    seconds(report.fairShareMs),
    report.fairShareMs > 0 ? percent(m.airtimeMs / report.fairShareMs) : '',
    m.removed ? 'yes' : 'no',
  ]);
  return csv([header, ...rows]);
}

export function groupRecordCsv(record: GroupRecord) {
  const dates = new Map(record.sessions.map((s) => [s.id, s.scheduledStart]));
  const header = ['Session start', 'Member', 'Attendance', 'Airtime share (%)'];
  const rows = record.sessions.flatMap((session) =>
    record.members.flatMap((m) => {
      const cell = m.cells.find((c) => c.sessionId === session.id);
      return cell ? [[dates.get(session.id) ?? '', m.displayName, ATTENDANCE_LABELS[cell.category], percent(cell.airtimeShare)]] : [];
    }),
  );
  return csv([header, ...rows]);
}

/** A filename that is safe in a header and says what and when, never who. */
export const csvFilename = (what: string, isoDate: string) => `hearth-${what}-${isoDate.slice(0, 10)}.csv`;
