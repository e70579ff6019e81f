import { useEffect } from 'react';
import { SESSION_POLL_MS } from '@/config/app';
import { useResource } from '@/lib/use-resource';
import { fetchSessionGate } from '../api/sessions-api';

/**
 * The next step between this person and the room, as the server sees it. While she waits for the
 * facilitator (to open the session, or to admit her from the lobby) it asks again every few
 * seconds, so the page moves on by itself.
 */
export function useSessionGate(sessionId: string) {
  const gate = useResource((signal) => fetchSessionGate(sessionId, signal), [sessionId]);
  const step = gate.data?.next;
  const waiting = (step === 'wait_for_open' || step === 'lobby') && gate.data?.session.status !== 'ended';
  const { reload } = gate;

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(reload, SESSION_POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, reload]);

  return gate;
}
