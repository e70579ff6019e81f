import { useCallback, useEffect, useRef, useState } from 'react';
import { ConnectionState, DisconnectReason, Room, RoomEvent } from 'livekit-client';
import { isApiError } from '@/lib/api-client';
import { fetchRoomToken } from '../api/room-api';

/** Refusals that mean a step of the gate needs doing again, not that the connection failed. */
const GATE_CODES = ['AGREEMENT_REQUIRED', 'AGREEMENT_NOT_PUBLISHED', 'PRIVACY_CHECK_REQUIRED', 'SESSION_NOT_OPEN', 'REMOVED_FROM_SESSION', 'WAITING_FOR_ADMISSION', 'NOT_A_MEMBER'] as const;

/** Disconnects the server decided on: the session page asks the gate what happened and shows it. */
const SERVER_ENDED = new Set([DisconnectReason.PARTICIPANT_REMOVED, DisconnectReason.ROOM_DELETED, DisconnectReason.ROOM_CLOSED]);

export interface RoomConnection {
  room: Room | undefined;
  state: ConnectionState;
  error: unknown;
  /** Set when the connection dropped for a reason other than the person leaving. */
  lost: boolean;
  rejoin: () => void;
  leave: () => Promise<void>;
}

/**
 * One LiveKit Room per connection attempt: fetch a token, connect, follow its state, and hang up on
 * unmount. A new Room per attempt avoids reusing one whose disconnect may still be in flight.
 */
export function useRoomConnection(sessionId: string, onGateChanged: () => void): RoomConnection {
  const [room, setRoom] = useState<Room>();
  const [state, setState] = useState<ConnectionState>(ConnectionState.Connecting);
  const [error, setError] = useState<unknown>();
  const [lost, setLost] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const leaving = useRef(false);
  const gateChanged = useRef(onGateChanged);
  gateChanged.current = onGateChanged;

  useEffect(() => {
    const next = new Room({ adaptiveStream: true, dynacast: true });
    let active = true;
    leaving.current = false;
    setRoom(next);
    setError(undefined);
    setLost(false);
    setState(ConnectionState.Connecting);

    next.on(RoomEvent.ConnectionStateChanged, (s) => active && setState(s));
    next.on(RoomEvent.Disconnected, (reason) => {
      if (!active || leaving.current) return;
      if (reason !== undefined && SERVER_ENDED.has(reason)) gateChanged.current();
      else setLost(true);
    });

    fetchRoomToken(sessionId)
      .then(({ serverUrl, token }) => (active ? next.connect(serverUrl, token) : undefined))
      .catch((reason: unknown) => {
        if (!active) return;
        if (isApiError(reason, ...GATE_CODES)) gateChanged.current();
        else {
          setError(reason);
          setState(ConnectionState.Disconnected);
        }
      });

    return () => {
      active = false;
      next.removeAllListeners();
      void next.disconnect();
    };
  }, [sessionId, attempt]);

  const rejoin = useCallback(() => setAttempt((a) => a + 1), []);
  const leave = useCallback(async () => {
    leaving.current = true;
    await room?.disconnect();
  }, [room]);

  return { room, state, error, lost, rejoin, leave };
}
