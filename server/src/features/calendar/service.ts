import type { CalendarFeed, CalendarFeedBody, NewCalendarFeed } from '@hearth/shared';
import { notFound } from '../../lib/errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import type { Audit } from '../audit/service.js';
import type { GroupAccess } from '../groups/access.js';
import type { SessionRepository } from '../sessions/repository.js';
import type { CalendarRepository } from './repository.js';
import { sessionsCalendar } from './ics.js';

interface Deps {
  repo: CalendarRepository;
  sessions: Pick<SessionRepository, 'find'>;
  access: GroupAccess;
  audit: Audit;
  publicUrl: string;
  now?: () => Date;
}

const DAY = 86_400_000;
/** Recent sessions stay in the feed a month, so her calendar keeps the weeks she went; upcoming ones a year ahead. */
const PAST_DAYS = 31;
const AHEAD_DAYS = 400;
/** 32 random bytes as base64url: what a feed address carries. Anything else is no feed of ours. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const toFeed = (row: { showGroupNames: boolean; createdAt: Date } | undefined): CalendarFeed => ({
  active: row !== undefined,
  showGroupNames: row?.showGroupNames ?? false,
  createdAt: row?.createdAt.toISOString() ?? null,
});

/**
 * Her private calendar feed: an address nobody can guess (only its SHA-256 is kept, like a sign-in
 * token), which she can replace or revoke; and one session as a file to download.
 */
export function createCalendarService({ repo, sessions, access, audit, publicUrl, now = () => new Date() }: Deps) {
  const feedUrl = (token: string) => new URL(`/calendar/${token}.ics`, publicUrl).toString();

  return {
    feed: async (userId: string) => toFeed(await repo.activeFeed(userId)),

    async create(userId: string, body: CalendarFeedBody): Promise<NewCalendarFeed> {
      const token = randomToken(32);
      const row = await repo.replace(userId, sha256(token), body.showGroupNames);
      await audit.record({ actorId: userId, action: 'calendar.feed_created', subjectId: userId, detail: { showGroupNames: body.showGroupNames } });
      return { ...toFeed(row), url: feedUrl(token) };
    },

    async update(userId: string, body: CalendarFeedBody): Promise<CalendarFeed> {
      const row = await repo.setShowGroupNames(userId, body.showGroupNames);
      if (!row) throw notFound('Calendar feed');
      return toFeed(row);
    },

    async revoke(userId: string) {
      await repo.revoke(userId);
      await audit.record({ actorId: userId, action: 'calendar.feed_revoked', subjectId: userId });
    },

    /** The feed's iCalendar, or null for an address that is not (or no longer) a feed. */
    async feedCalendar(token: string): Promise<string | null> {
      if (!TOKEN.test(token)) return null;
      const feed = await repo.findByTokenHash(sha256(token));
      if (!feed) return null;
      const at = now().getTime();
      const items = await repo.sessionsFor(feed.userId, new Date(at - PAST_DAYS * DAY), new Date(at + AHEAD_DAYS * DAY));
      return sessionsCalendar(items, { publicUrl, showGroupNames: feed.showGroupNames });
    },

    /** One session for her calendar, titled the way her feed is (neutral unless she chose names). */
    async sessionCalendar(sessionId: string, userId: string): Promise<string> {
      const found = await sessions.find(sessionId);
      if (!found) throw notFound('Session');
      await access.requireMember(found.session.groupId, userId);
      const feed = await repo.activeFeed(userId);
      return sessionsCalendar([{ session: found.session, groupName: found.groupName }], { publicUrl, showGroupNames: feed?.showGroupNames ?? false });
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
