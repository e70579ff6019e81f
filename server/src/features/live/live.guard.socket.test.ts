import { afterEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeEachDatabase, Person, query, requireLivekit, type Harness } from '../../../test/harness.js';
import { groupWithMember } from '../../../test/fixtures.js';
import { connected, liveClient, refusal, type LiveClient } from '../../../test/live-client.js';
import { openLiveSession } from '../../../test/live-session.js';

const open: LiveClient[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.disconnect();
});

const closedWith = (client: LiveClient) => new Promise<{ code: string }>((resolve) => client.once('closed', resolve));
const liveVersion = async (h: Harness, sessionId: string) =>
  (await query<{ version: number }>(h.app, sql`select version from session_state where session_id = ${sessionId}`))[0]?.version;

describeEachDatabase(
  'the /live channel holds its ground',
  (h) => {
    requireLivekit();

    it('closes every socket of a sign-in when she signs out, and lets none back in with it', async () => {
      const { base, member, sessionId, mina } = await openLiveSession(h, open);
      const secondTab = liveClient(base, member, sessionId);
      open.push(secondTab);
      await connected(secondTab);
      const cookie = member.cookie;
      const [first, second] = [closedWith(mina), closedWith(secondTab)];
      expect((await member.request('POST', '/api/auth/signout')).statusCode).toBe(204);
      expect(await first).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await second).toMatchObject({ code: 'UNAUTHENTICATED' });

      member.cookie = cookie; // the old cookie, kept by an attacker
      const again = liveClient(base, member, sessionId);
      open.push(again);
      expect(await refusal(again)).toBe('UNAUTHENTICATED');
    });

    it('closes a socket whose sign-in reached its absolute expiry while connected', async () => {
      const { mina, member } = await openLiveSession(h, open);
      const closed = closedWith(mina);
      await h.app.db.execute(sql`update auth_sessions set absolute_expires_at = now() - interval '1 second' where user_id = ${member.id}`);
      expect(await closed).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('gives a person one allowance of commands however many sockets she opens', async () => {
      const { base, member, sessionId, mina } = await openLiveSession(h, open);
      const tabs = [mina];
      for (let i = 0; i < 3; i += 1) {
        const tab = liveClient(base, member, sessionId);
        open.push(tab);
        await connected(tab);
        tabs.push(tab);
      }
      // 4 sockets × 20 commands at once: a bucket per socket would let all 80 through.
      const acks = await Promise.all(tabs.flatMap((tab) => Array.from({ length: 20 }, () => tab.emitWithAck('hand:lower', {}))));
      const throttled = acks.filter((a) => !a.ok && a.code === 'THROTTLED').length;
      expect(throttled).toBeGreaterThanOrEqual(50);
    });

    it('refuses muting someone not in the video room, honestly and without writing anything', async () => {
      const { fran, member, sessionId } = await openLiveSession(h, open);
      const before = await liveVersion(h, sessionId);
      expect(await fran.emitWithAck('member:mute', { userId: member.id })).toMatchObject({ ok: false, code: 'NOT_IN_ROOM' });
      expect(await liveVersion(h, sessionId)).toBe(before);
    });

    it('refuses removing someone of another group, and the session is untouched', async () => {
      const { fran, facilitator, sessionId } = await openLiveSession(h, open);
      const elsewhere = await groupWithMember(h.app);
      const before = await liveVersion(h, sessionId);
      expect(await fran.emitWithAck('member:remove', { userId: elsewhere.member.id })).toMatchObject({ ok: false, code: 'NOT_A_MEMBER' });
      expect(await liveVersion(h, sessionId)).toBe(before);
      const removals = await query(h.app, sql`select 1 from session_removals where session_id = ${sessionId}`);
      expect(removals).toHaveLength(0);
    });

    it('refuses a member removing anyone with FORBIDDEN before anything else is looked at', async () => {
      const { mina, facilitator, sessionId } = await openLiveSession(h, open);
      const stranger = await Person.signUp(h.app, 'Stella Stranger');
      const before = await liveVersion(h, sessionId);
      expect(await mina.emitWithAck('member:remove', { userId: stranger.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await mina.emitWithAck('member:mute', { userId: facilitator.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await liveVersion(h, sessionId)).toBe(before);
    });
  },
  { LIVE_SIGNIN_RECHECK_MS: '200' },
);
