import type { FastifyBaseLogger } from 'fastify';
import type { ParticipantInfo } from 'livekit-server-sdk';
import type { LiveKit } from '../../plugins/livekit.js';
import type { Audit } from '../audit/service.js';
import type { DoorRepository, DoorSession } from './repository.js';
import { isUserId, refusalAt, type GateRepository } from '../gate/index.js';

interface Deps {
  repo: DoorRepository;
  gate: GateRepository;
  livekit: LiveKit;
  audit: Audit;
  log: FastifyBaseLogger;
  /** How often every room LiveKit holds is checked; 0 turns the pass off (webhooks alone). */
  reconcileMs: number;
  /** Makes again a session's room LiveKit has lost: the sessions service's, sized for the group. */
  restoreRoom: (roomName: string, capacity: number) => Promise<void>;
}

interface InRoom {
  identity: string;
  joinedAt: Date;
}

export interface ReconcileReport {
  rooms: number;
  participants: number;
  removed: number;
  closed: number;
  /** Rooms of open sessions LiveKit no longer held, made again. */
  restored: number;
}

const isOpen = (session: DoorSession) => session.status === 'open';

/**
 * LiveKit stamps joins in milliseconds (and seconds in older servers). Unstamped counts as now: a
 * fresh join, which is the stricter reading of the agreement rule.
 */
export const joinedAtOf = (p: Pick<ParticipantInfo, 'joinedAt' | 'joinedAtMs'>) =>
  new Date(p.joinedAtMs ? Number(p.joinedAtMs) : p.joinedAt ? Number(p.joinedAt) * 1000 : Date.now());

/**
 * LiveKit's own door. LiveKit does not revoke a token on removal and refreshes the tokens of people
 * connected, so a token someone still holds can rejoin: the server judges everyone LiveKit lets in,
 * on each `participant_joined` webhook and, since webhooks can be lost or late, on a short interval
 * over every room LiveKit holds. Whoever the gate refuses is removed at once and the audit log says why.
 */
export function createDoor({ repo, gate, livekit, audit, log, reconcileMs, restoreRoom }: Deps) {
  async function judge(session: DoorSession, people: InRoom[], source: 'webhook' | 'reconcile') {
    if (people.length === 0) return 0;
    const found = await gate.load(
      session.id,
      people.map((p) => p.identity),
    );
    if (!found) return 0;
    const refused = people.flatMap((p) => {
      const code = refusalAt(found.facts, p.identity, { to: 'inside', joinedAt: p.joinedAt });
      return code ? [{ identity: p.identity, code, joinedAt: p.joinedAt }] : [];
    });
    await Promise.all(
      refused.map(async ({ identity, code, joinedAt }) => {
        await livekit.removeParticipant(session.roomName, identity);
        await audit.record({
          actorId: null,
          action: 'livekit.participant_refused',
          groupId: session.groupId,
          ...(isUserId(identity) ? { subjectId: identity } : {}),
          // When LiveKit let her in: with the entry's own time, how long the door took to put her out.
          detail: { sessionId: session.id, code, source, joinedAt: joinedAt.toISOString() },
        });
      }),
    );
    return refused.length;
  }

  /**
   * One pass over every room LiveKit holds: rooms of sessions no longer open are closed, refused people
   * removed, and the rooms of open sessions LiveKit lost are made again. A LiveKit node keeps its rooms in
   * memory and never creates one on a join, so after it restarts nobody could get back in otherwise;
   * with the room back, the group's browsers reconnect by themselves and the live document (talking
   * order, turns) never left Postgres.
   */
  async function reconcile(): Promise<ReconcileReport> {
    const rooms = await livekit.rooms.listRooms();
    const names = rooms.map((r) => r.name);
    const known = await repo.sessionsByRoom(names);
    const report: ReconcileReport = { rooms: known.length, participants: 0, removed: 0, closed: 0, restored: 0 };
    // Every room at once: a pass takes about as long as its slowest room, not the sum of them all, so
    // the door's delay does not grow with the number of groups meeting.
    await Promise.all(
      known.map(async (session) => {
        if (!isOpen(session)) {
          await livekit.deleteRoom(session.roomName);
          await audit.record({ actorId: null, action: 'livekit.room_closed', groupId: session.groupId, subjectId: session.id, detail: { status: session.status } });
          report.closed += 1;
          return;
        }
        const people = (await livekit.rooms.listParticipants(session.roomName)).map((p) => ({ identity: p.identity, joinedAt: joinedAtOf(p) }));
        report.participants += people.length;
        report.removed += await judge(session, people, 'reconcile');
      }),
    );
    // Last, so that putting out whoever the gate refuses never waits on making rooms.
    const lost = await repo.openSessionsWithout(names);
    await Promise.all(lost.map((s) => restoreRoom(s.roomName, s.capacity)));
    report.restored = lost.length;
    return report;
  }

  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let failing = false;

  // Passes start on a steady beat (the interval counts from a pass's start, not its end), so a join
  // waits at most about one interval plus one pass.
  function schedule(lastStart = Date.now()) {
    if (stopped || reconcileMs <= 0) return;
    timer = setTimeout(
      () => {
        const started = Date.now();
        pass = reconcile()
          .then(
            () => {
              if (failing) log.info('livekit reconcile passes work again');
              failing = false;
            },
            (err: unknown) => {
              // Said once when it starts failing (LiveKit down), not every second until it is back.
              if (!failing) log.warn({ err: err instanceof Error ? err.name : 'error' }, 'livekit reconcile pass failed; retrying every interval');
              failing = true;
            },
          )
          .finally(() => schedule(started));
      },
      Math.max(0, lastStart + reconcileMs - Date.now()),
    );
    timer.unref();
  }

  return {
    reconcile,

    /** A verified `participant_joined` webhook; rooms Hearth did not make are none of its business. */
    async joined(roomName: string, identity: string, joinedAt: Date) {
      const [session] = await repo.sessionsByRoom([roomName]);
      return session ? judge(session, [{ identity, joinedAt }], 'webhook') : 0;
    },

    start: () => schedule(),

    /** Stops the interval and waits for a pass under way, so none runs against a closed database. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
export type Door = ReturnType<typeof createDoor>;
