/** The earliest and latest instants an ISO 8601 string without an expanded year can name. */
const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A stored timestamp as the API's ISO string, never an exception. Rows written before dates were
 * bounded can hold what JavaScript cannot print: the drivers read year 0020 and 'infinity' back as an
 * Invalid Date, and year 10000 prints as "+010000-…", which no client parses. One such row used to fail
 * the whole session list; now it reads as the nearest printable instant (an unreadable one as 1970).
 */
export function isoString(value: Date): string {
  const time = value.getTime();
  if (Number.isNaN(time)) return new Date(0).toISOString();
  return new Date(Math.min(Math.max(time, EARLIEST), LATEST)).toISOString();
}
