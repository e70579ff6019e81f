import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ConnectionState, RoomEvent, type DisconnectReason, type Room } from 'livekit-client';
import { fetchRoomToken } from '../api/room-api';
import { afterConnectFailed, afterDisconnect, afterTokenRefused, retryDelayMs, type Outcome, type Problem, type StopReason } from '../lib/connection-outcomes';
import { markConnectDone, markConnectStart, markJoinClick, markTokenDone, markTokenStart } from '../lib/join-timing';
import { applyMediaChoices, DEFAULT_CHOICES, type MediaChoices } from '../lib/media-choices';
import { freshPrefetch, type Prefetch } from '../lib/token-prefetch';

export type RoomStatus =
  | { phase: 'prejoin' }
  | { phase: 'joining' }
  | { phase: 'connected' }
  /** LiveKit is resuming the same connection on its own. */
  | { phase: 'reconnecting' }
  /** Out of the room for a reason that may pass; the page waits, then asks for a fresh token. */
  | { phase: 'retrying'; problem: Problem; attempt: number }
  /** Another step of the gate needs doing first. */
  | { phase: 'gate' }
  | { phase: 'stopped'; reason: StopReason }
  | { phase: 'left' };

export interface RoomSession {
  status: RoomStatus;
  /** Connected, but the browser would not give us her camera or microphone. */
  mediaProblem: unknown;
  /** What she wants to send; the media controls change it, reconnects honour it. */
  choices: RefObject<MediaChoices>;
  join: (choices: MediaChoices) => void;
  retryNow: () => void;
  leave: () => Promise<void>;
}

interface Attempt {
  cancelled: boolean;
  wake: () => void;
}

/**
 * The life of one visit to the room: join with a token the server issued after its checks, follow
 * LiveKit's own reconnects, and after a drop it could not repair ask the server again (which
 * re-checks the gate) and reconnect with growing waits. Refusals that trying again cannot fix end
 * the visit with a reason the page can say plainly.
 */
export function useRoomSession(room: Room, sessionId: string): RoomSession {
  const [status, setStatus] = useState<RoomStatus>({ phase: 'prejoin' });
  const [mediaProblem, setMediaProblem] = useState<unknown>();
  const choices = useRef<MediaChoices>(DEFAULT_CHOICES);
  const attempt = useRef<Attempt>(undefined);
  const inRoom = useRef(false);
  const leaving = useRef(false);
  const prefetch = useRef<Prefetch>(undefined);

  // While she checks her camera and microphone: the token, and LiveKit's connection warmed with it
  // (DNS, TLS, the region), so pressing Join only connects. A refusal here is not shown: Join asks again and says why.
  useEffect(() => {
    const grant = fetchRoomToken(sessionId);
    prefetch.current = { grant, startedAt: Date.now() };
    grant.then((g) => room.prepareConnection(g.serverUrl, g.token)).catch(() => undefined);
  }, [room, sessionId]);

  const settle = useCallback((outcome: Exclude<Outcome, { kind: 'retry' }>) => {
    setStatus(outcome.kind === 'stop' ? { phase: 'stopped', reason: outcome.reason } : { phase: 'gate' });
  }, []);

  const connectOnce = useCallback(async (): Promise<Outcome | 'connected'> => {
    markTokenStart();
    // The device check's token once, while fresh; every retry asks the server (and so the gate) again.
    const prefetched = freshPrefetch(prefetch.current, Date.now());
    prefetch.current = undefined;
    let grant;
    try {
      grant = await (prefetched?.catch(() => fetchRoomToken(sessionId)) ?? fetchRoomToken(sessionId));
    } catch (error) {
      return afterTokenRefused(error);
    }
    markTokenDone();
    markConnectStart();
    try {
      await room.connect(grant.serverUrl, grant.token);
    } catch (error) {
      return afterConnectFailed(error);
    }
    markConnectDone();
    return 'connected';
  }, [room, sessionId]);

  const keepTrying = useCallback(
    async (firstAttempt: number, firstProblem: Problem) => {
      if (attempt.current) attempt.current.cancelled = true;
      const current: Attempt = { cancelled: false, wake: () => undefined };
      attempt.current = current;
      let problem = firstProblem;
      for (let n = firstAttempt; !current.cancelled; n++) {
        if (n === 0) setStatus({ phase: 'joining' });
        else {
          setStatus({ phase: 'retrying', problem, attempt: n });
          await new Promise<void>((resolve) => {
            const timer = window.setTimeout(resolve, retryDelayMs(n));
            current.wake = () => {
              window.clearTimeout(timer);
              resolve();
            };
          });
          if (current.cancelled) return;
        }
        const outcome = await connectOnce();
        if (current.cancelled) return;
        if (outcome === 'connected') {
          inRoom.current = true;
          setStatus({ phase: 'connected' });
          setMediaProblem(undefined);
          applyMediaChoices(room, choices.current).catch((reason: unknown) => setMediaProblem(reason ?? 'media'));
          return;
        }
        if (outcome.kind !== 'retry') return settle(outcome);
        problem = outcome.problem;
      }
    },
    [connectOnce, room, settle],
  );

  useEffect(() => {
    const onDisconnected = (reason?: DisconnectReason) => {
      // A failed attempt also ends in "disconnected"; the loop that made it decides what is next.
      if (!inRoom.current) return;
      inRoom.current = false;
      if (leaving.current) return;
      const outcome = afterDisconnect(reason);
      if (outcome.kind === 'retry') void keepTrying(1, outcome.problem);
      else settle(outcome);
    };
    const onStateChanged = (state: ConnectionState) => {
      if (!inRoom.current) return;
      if (state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) setStatus({ phase: 'reconnecting' });
      if (state === ConnectionState.Connected) setStatus({ phase: 'connected' });
    };
    // Back online: no reason to sit out the rest of a long wait.
    const onOnline = () => attempt.current?.wake();
    room.on(RoomEvent.Disconnected, onDisconnected);
    room.on(RoomEvent.ConnectionStateChanged, onStateChanged);
    window.addEventListener('online', onOnline);
    return () => {
      room.off(RoomEvent.Disconnected, onDisconnected);
      room.off(RoomEvent.ConnectionStateChanged, onStateChanged);
      window.removeEventListener('online', onOnline);
    };
  }, [room, keepTrying, settle]);

  // Leaving the page leaves the room.
  useEffect(
    () => () => {
      leaving.current = true;
      if (attempt.current) attempt.current.cancelled = true;
      void room.disconnect();
    },
    [room],
  );

  const join = useCallback(
    (chosen: MediaChoices) => {
      markJoinClick();
      leaving.current = false;
      choices.current = chosen;
      // Never rejects: each step catches its own failure and turns it into a status.
      void keepTrying(0, 'video');
    },
    [keepTrying],
  );

  const retryNow = useCallback(() => attempt.current?.wake(), []);

  const leave = useCallback(async () => {
    leaving.current = true;
    if (attempt.current) attempt.current.cancelled = true;
    await room.disconnect();
    setStatus({ phase: 'left' });
  }, [room]);

  return { status, mediaProblem, choices, join, retryNow, leave };
}
