import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import { NEUTRAL_CALENDAR_TITLE } from '@hearth/shared';
import type { SessionRow } from '../sessions/repository.js';

export interface CalendarItem {
  session: Pick<SessionRow, 'id' | 'scheduledStart' | 'scheduledEnd' | 'status' | 'movedFrom'>;
  groupName: string;
}

export interface CalendarOptions {
  publicUrl: string;
  /** Her choice: the group's name in the title. Off, every event is just "Hearth session". */
  showGroupNames: boolean;
}

export const REMINDER_MINUTES = 30;

/**
 * Sessions as iCalendar. Neutral by default — a colleague who sees her calendar learns nothing of what
 * the group is about — with the join link, a reminder, times in UTC, and a UID per session that never
 * changes, so a moved or cancelled session updates the same event in her calendar.
 */
export function sessionsCalendar(items: CalendarItem[], { publicUrl, showGroupNames }: CalendarOptions): string {
  const base = new URL(publicUrl);
  const calendar = ical({ name: 'Hearth', prodId: { company: 'Hearth', product: 'Hearth', language: 'EN' } });
  for (const { session, groupName } of items) {
    const cancelled = session.status === 'cancelled';
    const title = showGroupNames ? `${groupName} (Hearth)` : NEUTRAL_CALENDAR_TITLE;
    const link = new URL(`/sessions/${session.id}`, base).toString();
    calendar.createEvent({
      id: `${session.id}@${base.hostname}`,
      // A calendar takes the higher sequence as the newer version: moving or cancelling raises it.
      sequence: (session.movedFrom ? 1 : 0) + (cancelled ? 1 : 0),
      start: session.scheduledStart,
      end: session.scheduledEnd,
      summary: cancelled ? `${title} (cancelled)` : title,
      description: cancelled ? 'This session is cancelled: the group does not meet.' : `Join the session: ${link}`,
      url: link,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: cancelled ? [] : [{ type: ICalAlarmType.display, triggerBefore: REMINDER_MINUTES * 60, description: `${title} in ${REMINDER_MINUTES} minutes` }],
    });
  }
  return calendar.toString();
}
