import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { SessionGate } from '@hearth/shared';
import { SESSION_POLL_MS } from '@/config/app';
import { sessionGateQuery } from '../api/sessions-api';

const waitingOnFacilitator = (gate: SessionGate | undefined) => (gate?.next === 'wait_for_open' || gate?.next === 'lobby') && gate.session.status !== 'ended';

/**
 * The next step between this person and the room, as the server sees it. While she waits for the
 * facilitator (to open the session, or to admit her from the lobby) it asks again every few
 * seconds, so the page moves on by itself, even in a tab she left in the background.
 */
export function useSessionGate(sessionId: string) {
  const gate = useQuery({
    ...sessionGateQuery(sessionId),
    refetchInterval: (query) => (waitingOnFacilitator(query.state.data) ? SESSION_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
  const { refetch } = gate;
  // Stable: steps call it from their effects once they are done (signed, confirmed, admitted).
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: gate.data, error: gate.error, loading: gate.isPending, reload };
}
