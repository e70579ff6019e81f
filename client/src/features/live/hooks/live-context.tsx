import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnyLiveState } from '@hearth/shared';
import { useAuth } from '@/lib/auth-context';
import { measureClockOffset, type ClockSample } from '../api/clock-offset';
import { createLiveSocket, type LiveSocket } from '../api/live-socket';
import { closedMessage, connectionMessage } from '../lib/live-messages';
import { isNewer } from '../lib/state-order';

/** connecting: the first try · live: connected · reconnecting: dropped, trying again · stopped: the server said no. */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveProblem {
  code: string | undefined;
  message: string;
}

export interface LiveContextValue {
  sessionId: string;
  /** Whoever is signed in: members' views do not name her, so "you" comes from here. */
  me: string | null;
  socket: LiveSocket | null;
  state: AnyLiveState | null;
  connection: LiveConnection;
  problem: LiveProblem | null;
  /** Add to Date.now() to get the server's clock. */
  offsetMs: number;
  retry: () => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);

/** When to measure the clock offset again after a connect: soon, a little later, then every minute. */
const REMEASURE_MS = [2_000, 8_000, 60_000];

const connectErrorCode = (error: Error): string | undefined => {
  const data: unknown = (error as Error & { data?: unknown }).data;
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string' ? data.code : undefined;
};

/**
 * The one live connection for a session page: created once, shared by everything below it, and
 * closed when the page goes. It reconnects by itself (Socket.IO's backoff) and takes whatever state
 * the server sends after each connect; a state older than the one held is ignored.
 */
export function LiveProvider({ sessionId, children }: { sessionId: string; children: ReactNode }) {
  const { user } = useAuth();
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const [state, setState] = useState<AnyLiveState | null>(null);
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [problem, setProblem] = useState<LiveProblem | null>(null);
  const [offsetMs, setOffsetMs] = useState(0);

  useEffect(() => {
    const live = createLiveSocket(sessionId);
    let current = true;
    setSocket(live);
    setState(null);
    setConnection('connecting');
    setProblem(null);

    // The sample with the quickest round trip since this connect wins: a busy moment (everyone
    // joining, video starting) makes round trips long and the offset uncertain, so it is measured
    // again a little later and then now and then, and a better sample replaces a worse one.
    let best: ClockSample | null = null;
    let remeasure: number | undefined;
    const measure = (step: number) => {
      void measureClockOffset(live).then((sample) => {
        if (!current || sample === null) return;
        if (best === null || sample.roundTrip <= best.roundTrip) {
          best = sample;
          setOffsetMs(sample.offset);
        }
      });
      remeasure = window.setTimeout(() => measure(step + 1), REMEASURE_MS[Math.min(step, REMEASURE_MS.length - 1)]);
    };
    live.on('connect', () => {
      setConnection('live');
      setProblem(null);
      // Re-measured on every connect: a laptop that slept may have had its clock corrected.
      best = null;
      window.clearTimeout(remeasure);
      measure(0);
    });
    live.on('state', (incoming) => setState((held) => (isNewer(held, incoming) ? incoming : held)));
    live.on('closed', ({ code, message }) => {
      setConnection('stopped');
      setProblem({ code, message: closedMessage(code, message) });
    });
    live.on('disconnect', (reason) => {
      // The server closing on purpose follows a `closed` event that already said why.
      if (reason === 'io server disconnect') setConnection('stopped');
      else if (reason !== 'io client disconnect') setConnection('reconnecting');
    });
    live.on('connect_error', (error) => {
      const code = connectErrorCode(error);
      // `active` false: the server refused (the gate said no), and Socket.IO will not try again by itself.
      setConnection(live.active ? 'reconnecting' : 'stopped');
      setProblem(code || !live.active ? { code, message: connectionMessage(code, error.message) } : null);
    });
    live.connect();

    return () => {
      current = false;
      window.clearTimeout(remeasure);
      live.removeAllListeners();
      live.disconnect();
    };
  }, [sessionId]);

  const retry = useCallback(() => {
    setConnection('connecting');
    setProblem(null);
    socket?.connect();
  }, [socket]);

  const value = useMemo<LiveContextValue>(
    () => ({ sessionId, me: user?.id ?? null, socket, state, connection, problem, offsetMs, retry }),
    [sessionId, user?.id, socket, state, connection, problem, offsetMs, retry],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/**
 * Uses the page's live connection when there is one for this session already (the session page
 * may hold one across the lobby and the room), and opens its own otherwise.
 */
export function LiveBoundary({ sessionId, children }: { sessionId: string; children: ReactNode }) {
  const outer = useContext(LiveContext);
  if (outer?.sessionId === sessionId) return <>{children}</>;
  return <LiveProvider sessionId={sessionId}>{children}</LiveProvider>;
}

export function useLive(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive needs a LiveProvider above it');
  return value;
}

/** The latest state the server sent (null before the first), already filtered for her role. */
export function useLiveState(): AnyLiveState | null {
  return useLive().state;
}
