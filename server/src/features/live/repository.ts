import { eq, sql } from 'drizzle-orm';
import type { LiveState } from '@hearth/shared';
import type { Db } from '../../db/client.js';
import { groups, sessionEvents, sessionState, sessions, turns, users } from '../../db/schema.js';
import { initialLiveState } from './reducer/index.js';
import type { Effect, LiveCommand } from './reducer/index.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Commit {
  state: LiveState;
  command: LiveCommand;
  actorId: string | null;
  turns: Extract<Effect, { type: 'turn' }>[];
}

export function createLiveRepository(db: Db) {
  return {
    /**
     * The live document is made when the session opens, seeded with the group's turn lengths as they
     * are then; opening again keeps the one there. Reads never write.
     */
    async create(sessionId: string) {
      const [group] = await db
        .select({ turnSeconds: groups.turnSeconds, roundSeconds: groups.roundSeconds })
        .from(sessions)
        .innerJoin(groups, eq(groups.id, sessions.groupId))
        .where(eq(sessions.id, sessionId));
      if (!group) return;
      await db
        .insert(sessionState)
        .values({ sessionId, version: 0, state: initialLiveState(group) })
        .onConflictDoNothing();
    },

    async read(sessionId: string): Promise<LiveState | undefined> {
      const [row] = await db.select({ state: sessionState.state }).from(sessionState).where(eq(sessionState.sessionId, sessionId));
      return row?.state;
    },

    /**
     * One command, one transaction: lock the state row, decide, write the next version and the
     * event, commit. Concurrent commands for a session queue on the lock, on any process. Undefined
     * when the session was never opened.
     */
    async transact<T>(sessionId: string, decide: (state: LiveState) => { commit: Commit; result: T } | { result: T }): Promise<T | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx.select({ state: sessionState.state }).from(sessionState).where(eq(sessionState.sessionId, sessionId)).for('update');
        // Never opened: there is no live session to change.
        if (!row) return undefined;
        const decision = decide(row.state);
        if ('commit' in decision) await write(tx, sessionId, decision.commit);
        return decision.result;
      });
    },

    /** Sessions whose timer is running, so a restarted process schedules their expiry again. */
    runningTimers: async () =>
      await db
        .select({ sessionId: sessionState.sessionId, state: sessionState.state })
        .from(sessionState)
        .where(sql`${sessionState.state}->'timer'->>'state' = 'running'`),

    /** Sessions not ended whose document still marks someone connected: after a crash, some may not be. */
    withConnectedPeople: async () =>
      await db
        .select({ sessionId: sessionState.sessionId, state: sessionState.state })
        .from(sessionState)
        .where(sql`${sessionState.state}->>'phase' <> 'ended' and ${sessionState.state} @> '{"present":[{"connected":true}]}'::jsonb`),

    /** Airtime per person, summed from the turns table (not from the live document). */
    airtime: (sessionId: string) =>
      db
        .select({
          userId: turns.userId,
          displayName: users.displayName,
          turns: sql<number>`count(*)::int`,
          airtimeMs: sql<number>`(sum(extract(epoch from (${turns.endedAt} - ${turns.startedAt}))) * 1000)::bigint::int`,
        })
        .from(turns)
        .innerJoin(users, eq(users.id, turns.userId))
        .where(eq(turns.sessionId, sessionId))
        .groupBy(turns.userId, users.displayName)
        .orderBy(users.displayName),
  };
}
export type LiveRepository = ReturnType<typeof createLiveRepository>;

async function write(tx: Tx, sessionId: string, { state, command, actorId, turns: ended }: Commit) {
  await tx.update(sessionState).set({ state, version: state.version, updatedAt: new Date() }).where(eq(sessionState.sessionId, sessionId));
  await tx.insert(sessionEvents).values({
    sessionId,
    version: state.version,
    actorId,
    type: command.type,
    payload: command.payload,
  });
  if (ended.length > 0) {
    await tx.insert(turns).values(ended.map((t) => ({ sessionId, userId: t.userId, kind: t.kind, startedAt: new Date(t.startedAt), endedAt: new Date(t.endedAt) })));
  }
}
