import { and, desc, eq, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { TIME_OF_DAY_RANGES, type DirectoryQuery } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { facilitatorProfiles, groupMembers, groups, users } from '../../db/schema.js';

/** Members holding a seat: an active member, or one who has said she is leaving and still attends. */
export const seatedCount = sql<number>`(
  select count(*)::int from ${groupMembers}
  where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.role} = 'member' and ${groupMembers.status} in ('active', 'leaving')
)`;

/** LIKE's own characters taken literally, so a search for "50%" finds "50%". */
const literal = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Exactly what the directory may show: no member, no email, nothing from a request. */
const listing = {
  id: groups.id,
  name: groups.name,
  focus: groups.focus,
  description: groups.description,
  format: groups.format,
  minimumCommitmentSessions: groups.minimumCommitmentSessions,
  weekday: groups.weekday,
  startTime: groups.startTime,
  timezone: groups.timezone,
  durationMinutes: groups.durationMinutes,
  startsOn: groups.startsOn,
  costPerSessionCents: groups.costPerSessionCents,
  currency: groups.currency,
  slidingScaleNote: groups.slidingScaleNote,
  capacity: groups.capacity,
  intakeQuestions: groups.intakeQuestions,
  seated: seatedCount,
  facilitatorName: users.displayName,
  credential: facilitatorProfiles.credential,
  bio: facilitatorProfiles.bio,
  /** The keyset of the list, exact to the microsecond (a JavaScript Date keeps only milliseconds). */
  cursorMicros: sql<string>`(extract(epoch from ${groups.createdAt}) * 1000000)::bigint::text`,
};
function filters(query: DirectoryQuery): SQL[] {
  const where: SQL[] = [eq(groups.listedInDirectory, true)];
  if (query.q) {
    const pattern = literal(query.q);
    where.push(or(ilike(groups.name, pattern), ilike(groups.focus, pattern), ilike(groups.description, pattern)) as SQL);
  }
  if (query.weekday) where.push(eq(groups.weekday, query.weekday));
  if (query.timeOfDay) {
    const range = TIME_OF_DAY_RANGES[query.timeOfDay];
    where.push(sql`${groups.startTime} >= ${range.from} and ${groups.startTime} < ${range.before}`);
  }
  if (query.maxCostCents !== undefined) where.push(lte(groups.costPerSessionCents, query.maxCostCents));
  if (query.seatsAvailable === 'true') where.push(lt(seatedCount, groups.capacity));
  if (query.cursor) {
    const [micros, id] = query.cursor.split('.');
    where.push(sql`(${groups.createdAt}, ${groups.id}) < (timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond', ${id}::uuid)`);
  }
  return where;
}

export function createDirectoryRepository(db: Db) {
  const base = () =>
    db.select(listing).from(groups).innerJoin(users, eq(users.id, groups.createdBy)).leftJoin(facilitatorProfiles, eq(facilitatorProfiles.userId, groups.createdBy));

  return {
    /** Newest listings first; one more row than asked for says whether another page follows. */
    page: (query: DirectoryQuery) =>
      base()
        .where(and(...filters(query)))
        .orderBy(desc(groups.createdAt), desc(groups.id))
        .limit(query.limit + 1),

    findListed: async (groupId: string) =>
      (
        await base()
          .where(and(eq(groups.id, groupId), eq(groups.listedInDirectory, true)))
          .limit(1)
      )[0],

    /** The same fields for any group, listed or not: what a usable invite link shows. */
    findAny: async (groupId: string) => (await base().where(eq(groups.id, groupId)).limit(1))[0],
  };
}
export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
