import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { RoomServiceClient } from 'livekit-server-sdk';
import { startLivekit, type RunningLivekit } from '../../../../scripts/livekit.js';
import { describeEachDatabase, query, requireLivekit, type Harness, type Person } from '../../../test/harness.js';
import { AGREEMENT_V2, confirmPrivacy, groupWithMember, publish, scheduleSession, signCurrent } from '../../../test/fixtures.js';
import { disposeRtc, listen, speak, until, type Listener, type Speaker } from '../../../test/rtc-client.js';
import { TEST_LIVEKIT } from '../../../test/services.js';
import { moderate } from '../../../test/live-session.js';

// The bound the issue sets: a token someone still holds is out of the room within this long.
const BOUND_MS = 2_000;
// What each suite measured, printed at the end for the record (the assertion is the bound above).
const measured: string[] = [];

/** Everything that can make the gate refuse a person already holding a token. */
const CASES: { name: string; refuse: (s: Scene) => Promise<void>; leavesFirst?: boolean }[] = [
  {
    name: 'removed from the session by the facilitator',
    refuse: async (s) => void expect(await moderate(s.app, s.facilitator, s.sessionId, 'member:remove', s.member.id)).toMatchObject({ ok: true }),
  },
  {
    name: 'removed from the group',
    refuse: async (s) => void (await s.facilitator.request('DELETE', `/api/groups/${s.groupId}/members/${s.member.id}`, { reason: 'Broke the agreement' })),
  },
  {
    // A new version does not put out those inside; it is needed before her next join.
    name: 'a new agreement she has not signed',
    refuse: async (s) => void (await publish(s.facilitator, s.groupId, AGREEMENT_V2)),
    leavesFirst: true,
  },
  {
    // Her token came while the door was open, and she never went through the lobby to be let in.
    // (The setting as the facilitator's settings:update leaves it; the reducer's own path is tested in live/.)
    // Written as a new version, as every write of the document is: a process deciding on the version
    // it keeps must see that this one came after it (live/commit.ts).
    name: 'the waiting room turned on, and she was never admitted',
    refuse: async (s) =>
      void (await s.app.db.execute(
        sql`update session_state set version = version + 1, state = jsonb_set(jsonb_set(state, '{settings,lobbyOn}', 'true'::jsonb), '{version}', to_jsonb(version + 1)) where session_id = ${s.sessionId}`,
      )),
    leavesFirst: true,
  },
  {
    // Her only sign-in ended: the video goes with it, as the live panel does.
    name: 'she signed out',
    refuse: async (s) => void (await s.member.request('POST', '/api/auth/signout')),
    leavesFirst: true,
  },
  {
    name: 'the session ended',
    refuse: async (s) => void (await s.facilitator.request('POST', `/api/sessions/${s.sessionId}/end`)),
  },
];

interface Scene {
  app: Harness['app'];
  facilitator: Person;
  member: Person;
  groupId: string;
  sessionId: string;
  roomName: string;
  memberToken: string;
  url: string;
}

function doorSuite(name: string, livekitUrl: () => string, prepare: (h: Harness) => Promise<void>, overrides: () => Record<string, string>, reconciles = false) {
  describeEachDatabase(
    name,
    (h) => {
      const open: (Listener | Speaker)[] = [];
      beforeAll(() => prepare(h));
      afterAll(async () => {
        for (const c of open) await ('leave' in c ? c.leave() : c.stop()).catch(() => {});
      });

      async function scene(): Promise<Scene> {
        const { facilitator, member, groupId } = await groupWithMember(h.app);
        const { id: sessionId } = await scheduleSession(facilitator, groupId);
        expect((await facilitator.request('POST', `/api/sessions/${sessionId}/open`)).statusCode).toBe(200);
        await signCurrent(member, groupId);
        await confirmPrivacy(member, sessionId);
        await confirmPrivacy(facilitator, sessionId);
        const tokenOf = async (p: Person) => (await p.request('POST', `/api/sessions/${sessionId}/token`)).json() as { token: string; roomName: string };
        const { token: memberToken, roomName } = await tokenOf(member);
        const speaker = await speak(livekitUrl(), (await tokenOf(facilitator)).token);
        open.push(speaker);
        return { app: h.app, facilitator, member, groupId, sessionId, roomName, memberToken, url: livekitUrl() };
      }

      const rooms = () => new RoomServiceClient(livekitUrl().replace(/^ws/, 'http'), TEST_LIVEKIT.apiKey, TEST_LIVEKIT.apiSecret);
      const roomListed = async (s: Scene) => (await rooms().listRooms()).some((r) => r.name === s.roomName);
      const inRoom = async (s: Scene) =>
        (
          await rooms()
            .listParticipants(s.roomName)
            .catch(() => [])
        ).some((p) => p.identity === s.member.id);

      for (const c of CASES) {
        // One retry: the bound is wall-clock time on a 2-core machine running other suites beside it. A door
        // that does not put her out fails both tries.
        it(`puts out a rejoin with the token she still holds: ${c.name}`, { retry: 1 }, async () => {
          const s = await scene();
          const first = await listen(s.url, s.memberToken);
          open.push(first);
          await until('her first stay to hear the facilitator', () => first.frames() > 20);

          await c.refuse(s);
          if (c.leavesFirst) await first.leave();
          // Not the bound under test (that is the rejoin below); generous so a loaded machine does not fail it.
          await Promise.race([first.gone, new Promise((_, reject) => setTimeout(() => reject(new Error('first stay not ended')), 20_000))]);

          // The bound is the server's: from her rejoin until LiveKit no longer has her and, unless the room
          // itself is gone, the door has recorded refusing this entry. Her own client may take its
          // connection timeout (about 15 s on a loaded machine) to notice it was put out mid-handshake;
          // that is waited for below, but it is not the door's time.
          const rejoinAt = Date.now();
          const joining = listen(s.url, s.memberToken);
          const refusedThisEntry = async () =>
            (
              await query<{ detail: { joinedAt: string } }>(
                h.app,
                sql`select detail from audit_log where action = 'livekit.participant_refused' and subject_id = ${s.member.id}`,
              )
            ).some((r) => Date.parse(r.detail.joinedAt) >= rejoinAt);
          const out = async () => !(await inRoom(s)) && (c.name === 'the session ended' ? !(await roomListed(s)) : await refusedThisEntry());
          await until('LiveKit to have put her out', out, BOUND_MS + 5_000);
          const outAt = Date.now();
          measured.push(`${name} [${h.driver}] ${c.name}: ${outAt - rejoinAt} ms`);
          expect(outAt - rejoinAt).toBeLessThan(BOUND_MS);

          const again = await joining;
          open.push(again);
          await Promise.race([again.gone, new Promise((_, reject) => setTimeout(() => reject(new Error('her client never learnt she was out')), 20_000))]);
          expect(await inRoom(s)).toBe(false);

          // Nothing more reaches her once she is out.
          const heard = again.frames();
          await new Promise((r) => setTimeout(r, 500));
          expect(again.frames()).toBe(heard);
        });
      }

      // Only the reconcile pass can notice this: there is no webhook for a room that should not exist.
      if (reconciles)
        it('closes the room of a session that ended without LiveKit hearing of it', async () => {
          const s = await scene();
          const stay = await listen(s.url, s.memberToken);
          open.push(stay);
          await until('her to hear the facilitator', () => stay.frames() > 20);
          // As if "end" reached the database but its deleteRoom call was lost.
          const endedAt = Date.now();
          await h.app.db.execute(sql`update sessions set status = 'ended', ended_at = now() where id = ${s.sessionId}`);
          expect((await stay.gone) - endedAt).toBeLessThan(BOUND_MS);
          // A pass that read the session as open just before the end puts her out first (the gate refuses
          // her), and the next one closes the room: within the bound as well.
          await until('the room to be closed', async () => !(await roomListed(s)), BOUND_MS);
          const again = await listen(s.url, s.memberToken);
          open.push(again);
          await again.gone;
          expect((await rooms().listRooms()).map((r) => r.name)).not.toContain(s.roomName);
        });

      it('lets in someone the gate admits, and keeps her there', async () => {
        const s = await scene();
        const stay = await listen(s.url, s.memberToken);
        open.push(stay);
        await until('her to hear the facilitator', () => stay.frames() > 20);
        await new Promise((r) => setTimeout(r, BOUND_MS + 500));
        expect(await inRoom(s)).toBe(true);
      });
    },
    overrides(),
  );
}

// Webhooks on, reconciliation off: the webhook alone must put her out. A LiveKit of its own, sending
// its signed webhooks to this suite's app, which listens on a port known before either starts.
const HOOK_LIVEKIT_PORT = Number(process.env.TEST_DOOR_LIVEKIT_PORT ?? 18_890);
const HOOK_APP_PORT = HOOK_LIVEKIT_PORT + 5;
let hookLivekit: RunningLivekit | undefined;

describe('LiveKit door', () => {
  beforeAll(async () => {
    if (!requireLivekit()) return;
    hookLivekit = await startLivekit({
      ...TEST_LIVEKIT,
      port: HOOK_LIVEKIT_PORT,
      nodeIp: '127.0.0.1',
      bindAddress: '127.0.0.1',
      webhookUrl: `http://127.0.0.1:${HOOK_APP_PORT}/api/livekit/webhook`,
      // Between the two databases' apps its webhooks find nobody listening; that is expected, not news.
      logLevel: 'error',
    });
  });
  afterAll(async () => {
    await hookLivekit?.stop();
    await disposeRtc();
    console.info(`rejoin with an old token, time until LiveKit put her out:\n  ${measured.join('\n  ')}`);
  });

  doorSuite(
    'from the webhook alone',
    () => `ws://127.0.0.1:${HOOK_LIVEKIT_PORT}`,
    async (h) => void (await h.app.listen({ host: '127.0.0.1', port: HOOK_APP_PORT })),
    () => ({ LIVEKIT_URL: `ws://127.0.0.1:${HOOK_LIVEKIT_PORT}`, LIVEKIT_RECONCILE_MS: '0' }),
  );

  // The suite's shared LiveKit sends no webhooks: only the reconcile pass can put her out.
  doorSuite(
    'from reconciliation alone (no webhooks)',
    () => requireLivekit() ?? '',
    async () => {},
    () => ({ LIVEKIT_RECONCILE_MS: '1000' }),
    true,
  );
});
