import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LiveState } from '@hearth/shared';
import { describeEachDatabase, query, type Harness } from '../../../test/harness.js';
import { groupWithMember, scheduleSession } from '../../../test/fixtures.js';
import { createCommitter } from './commit.js';
import { createLiveRepository } from './repository.js';
import { decideByReducer } from './service.js';
import type { Actor, LiveCommand, ReduceResult } from './reducer/index.js';

const SYSTEM: Actor = { userId: 'system', role: 'system' };
const now = () => Date.now();

/** A session with its live document at version 0, and the member who will act in it. */
async function freshSession(h: Harness) {
  const { facilitator, member, groupId } = await groupWithMember(h.app);
  const { id: sessionId } = await scheduleSession(facilitator, groupId);
  const repo = createLiveRepository(h.app.db);
  await repo.create(sessionId);
  const memberActor: Actor = { userId: member.id, role: 'member' };
  const joinMember: LiveCommand = { type: 'presence:join', payload: { userId: member.id, name: 'Mina', role: 'member' } };
  return { sessionId, repo, memberActor, joinMember };
}

const stored = async (h: Harness, sessionId: string) => {
  const [row] = await query<{ version: number; state: LiveState }>(h.app, sql`select version, state from session_state where session_id = ${sessionId}`);
  return row;
};
const eventVersions = async (h: Harness, sessionId: string) =>
  (await query<{ version: number }>(h.app, sql`select version from session_events where session_id = ${sessionId} order by version`)).map((r) => r.version);

describeEachDatabase('live commands reaching Postgres (commit.ts)', (h) => {
  it('decides again on the stored state when another process wrote after the one it kept, and loses neither write', async () => {
    const { sessionId, repo, memberActor, joinMember } = await freshSession(h);
    const here = createCommitter(repo);
    const elsewhere = createCommitter(repo);
    const v0 = await repo.read(sessionId);
    if (!v0) throw new Error('no live document');
    here.remember(sessionId, v0);

    const joined = await elsewhere.commit(sessionId, decideByReducer(joinMember, SYSTEM, now));
    expect(joined).toMatchObject({ ok: true, state: { version: 1 } });
    // Decided first on version 0 (where she is not there to raise a hand), then on the stored version 1.
    const raised = await here.commit<ReduceResult>(sessionId, decideByReducer({ type: 'hand:raise', payload: {} }, memberActor, now));
    expect(raised).toMatchObject({ ok: true, state: { version: 2, hands: [memberActor.userId] } });

    const row = await stored(h, sessionId);
    expect(row?.version).toBe(2);
    expect(row?.state.hands).toEqual([memberActor.userId]);
    expect(row?.state.present.map((p) => p.userId)).toEqual([memberActor.userId]);
    expect(await eventVersions(h, sessionId)).toEqual([1, 2]);
  });

  it('never refuses on the state it kept: a refusal is decided again on the stored one', async () => {
    const { sessionId, repo, memberActor, joinMember } = await freshSession(h);
    const here = createCommitter(repo);
    const elsewhere = createCommitter(repo);
    await here.commit(sessionId, decideByReducer(joinMember, SYSTEM, now));
    const up = await here.commit<ReduceResult>(sessionId, decideByReducer({ type: 'hand:raise', payload: {} }, memberActor, now));
    expect(up).toMatchObject({ ok: true, state: { hands: [memberActor.userId] } });
    // Another process lowers her hand; this one still keeps the state where it is up.
    await elsewhere.commit(sessionId, decideByReducer({ type: 'hand:lower', payload: {} }, memberActor, now));

    const again = await here.commit<ReduceResult>(sessionId, decideByReducer({ type: 'hand:raise', payload: {} }, memberActor, now));
    expect(again).toMatchObject({ ok: true, state: { version: 4, hands: [memberActor.userId] } });
    expect(await eventVersions(h, sessionId)).toEqual([1, 2, 3, 4]);
  });

  it('after missing again and again, queues on the row lock and still lands once', async () => {
    const { sessionId, repo, memberActor, joinMember } = await freshSession(h);
    const elsewhere = createCommitter(repo);
    await elsewhere.commit(sessionId, decideByReducer(joinMember, SYSTEM, now));
    // Before each of its one-statement writes, another process commits a version of its own, so
    // every one of them misses: a session many processes write at once.
    let raced = 0;
    const racing = {
      ...repo,
      async commitIfAt(...args: Parameters<typeof repo.commitIfAt>) {
        raced += 1;
        await elsewhere.commit(
          sessionId,
          decideByReducer({ type: 'settings:update', payload: { autoAdvance: raced % 2 === 0 } }, { userId: memberActor.userId, role: 'facilitator' }, now),
        );
        return repo.commitIfAt(...args);
      },
    };
    const here = createCommitter(racing);
    const raised = await here.commit<ReduceResult>(sessionId, decideByReducer({ type: 'hand:raise', payload: {} }, memberActor, now));

    expect(raced).toBe(3);
    expect(raised).toMatchObject({ ok: true, state: { version: 5, hands: [memberActor.userId] } });
    const row = await stored(h, sessionId);
    expect(row?.version).toBe(5);
    expect(row?.state.hands).toEqual([memberActor.userId]);
    expect(await eventVersions(h, sessionId)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lands commands sent at once on one process one after another, each in one statement, none missing', async () => {
    const { sessionId, repo } = await freshSession(h);
    // Counts the real repository's writes: eight commands, eight one-statement writes, no lock.
    const writes = { oneStatement: 0, locked: 0 };
    const counted = {
      ...repo,
      commitIfAt: (...args: Parameters<typeof repo.commitIfAt>) => ((writes.oneStatement += 1), repo.commitIfAt(...args)),
      transact: (...args: Parameters<typeof repo.transact>) => ((writes.locked += 1), repo.transact(...args)),
    } as typeof repo;
    const here = createCommitter(counted);
    const ids = Array.from({ length: 8 }, () => crypto.randomUUID());
    const results = await Promise.all(
      ids.map((userId, i) =>
        here.inTurn(sessionId, () =>
          here.commit<ReduceResult>(sessionId, decideByReducer({ type: 'presence:join', payload: { userId, name: `P${i}`, role: 'member' } }, SYSTEM, now)),
        ),
      ),
    );
    expect(results.map((r) => (r?.ok ? r.state.version : r?.code))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await stored(h, sessionId))?.state.present.map((p) => p.userId)).toEqual(ids);
    expect(writes).toEqual({ oneStatement: 8, locked: 0 });
  });

  it('answers undefined for a session never opened, and writes nothing', async () => {
    const repo = createLiveRepository(h.app.db);
    const here = createCommitter(repo);
    const missing = crypto.randomUUID();
    expect(await here.commit(missing, decideByReducer({ type: 'hand:raise', payload: {} }, SYSTEM, now))).toBeUndefined();
    expect(await eventVersions(h, missing)).toEqual([]);
  });
});
