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
  /**
   * When it was decided (epoch ms), the clock the reducer used: the event's time, so that it and the
   * turns the command started or ended read from one clock (the session record compares them).
   */
  at: number;
  turns: Extract<Effect, { type: 'turn' }>[];
}

/** What a command decides on a state: the next version to write, or only an answer. */
export type Decide<T> = (state: LiveState) => { commit: Commit; result: T } | { result: T };

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
     * when the session was never opened. The slow way (five round trips): commit.ts comes here only
     * after its one-statement writes keep missing.
     */
    async transact<T>(sessionId: string, decide: Decide<T>): Promise<T | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx.select({ state: sessionState.state }).from(sessionState).where(eq(sessionState.sessionId, sessionId)).for('update');
        // Never opened: there is no live session to change.
        if (!row) return undefined;
        const decision = decide(row.state);
        if ('commit' in decision) await write(tx, sessionId, decision.commit);
        return decision.result;
      });
    },

    /**
     * The next version, written only if the stored one is still `from`: the state, its event and the
     * turns it ended, in one statement, so one round trip and one commit (the locked transaction above
     * takes five). False when another command got there first, and then nothing was written.
     */
    async commitIfAt(sessionId: string, from: number, { state, command, actorId, at, turns: ended }: Commit): Promise<boolean> {
      const endedTurns = ended.map((t) => ({
        user_id: t.userId,
        kind: t.kind,
        started_at: new Date(t.startedAt).toISOString(),
        ended_at: new Date(t.endedAt).toISOString(),
      }));
      const result = await db.execute(sql`
        with next as (
          update ${sessionState} set state = ${JSON.stringify(state)}::jsonb, version = ${state.version}, updated_at = now()
          where session_id = ${sessionId} and version = ${from}
          returning session_id, version
        ), event as (
          insert into ${sessionEvents} (session_id, version, actor_id, type, payload, at)
          select session_id, version, ${actorId}::uuid, ${command.type}, ${JSON.stringify(command.payload ?? {})}::jsonb, ${new Date(at).toISOString()}::timestamptz from next
        ), ended as (
          insert into ${turns} (session_id, user_id, kind, started_at, ended_at)
          select next.session_id, t.user_id, t.kind, t.started_at, t.ended_at
          from next, jsonb_to_recordset(${JSON.stringify(endedTurns)}::jsonb) as t(user_id uuid, kind text, started_at timestamptz, ended_at timestamptz)
        )
        select version from next`);
      // Both drivers answer with the rows under `rows`.
      return (result as unknown as { rows: unknown[] }).rows.length === 1;
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

async function write(tx: Tx, sessionId: string, { state, command, actorId, at, turns: ended }: Commit) {
  await tx.update(sessionState).set({ state, version: state.version, updatedAt: new Date() }).where(eq(sessionState.sessionId, sessionId));
  await tx.insert(sessionEvents).values({
    sessionId,
    version: state.version,
    actorId,
    type: command.type,
    payload: command.payload,
    at: new Date(at),
  });
  if (ended.length > 0) {
    await tx.insert(turns).values(ended.map((t) => ({ sessionId, userId: t.userId, kind: t.kind, startedAt: new Date(t.startedAt), endedAt: new Date(t.endedAt) })));
  }
}
