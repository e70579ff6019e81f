import { useCallback, useRef, useState } from 'react';
import type { CommandPayload, CommandType } from '@hearth/shared';
import { refusalMessage } from '../lib/live-messages';
import { sendCommand } from '../api/live-socket';
import { useLive } from './live-context';

export interface Command {
  /** Sends a command; resolves true when the server took it. A refusal lands in `error`, in plain words. */
  send: <T extends CommandType>(type: T, payload: CommandPayload<T>) => Promise<boolean>;
  /** The latest command in flight, so its button can say so. */
  pending: CommandType | null;
  error: string | null;
  clearError: () => void;
}

/**
 * Commands from one group of controls. The state that follows comes by broadcast like everyone
 * else's, so nothing here changes the screen optimistically: all screens show the same truth.
 */
export function useCommand(): Command {
  const { socket } = useLive();
  const [pending, setPending] = useState<CommandType | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(new Set<string>());

  const send = useCallback(
    async <T extends CommandType>(type: T, payload: CommandPayload<T>) => {
      if (!socket) {
        setError('Still connecting to the session. Try again in a moment.');
        return false;
      }
      // A double click sends the same thing twice; the second would only come back refused.
      const key = `${type} ${JSON.stringify(payload)}`;
      if (inFlight.current.has(key)) return false;
      inFlight.current.add(key);
      setPending(type);
      setError(null);
      const result = await sendCommand(socket, type, payload);
      inFlight.current.delete(key);
      if (inFlight.current.size === 0) setPending(null);
      if (!result.ok) setError(refusalMessage(result));
      return result.ok;
    },
    [socket],
  );

  const clearError = useCallback(() => setError(null), []);
  return { send, pending, error, clearError };
}
