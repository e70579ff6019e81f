import { useEffect, useRef, useState } from 'react';
import type { AnyLiveState } from '@hearth/shared';
import { nameOf } from '../lib/people';
import { ROUND_LABEL } from '../lib/format';

interface Seen {
  floor: string | null;
  round: string | null;
  next: boolean;
  signals: string[];
}

const seenIn = (state: AnyLiveState, me: string | null): Seen => ({
  floor: state.floor?.userId ?? null,
  round: state.round ? `${state.round.kind}:${state.round.order.join()}` : null,
  next: me !== null && state.hands[0] === me && state.floor?.userId !== me,
  signals: state.view === 'facilitator' ? state.signals.map((s) => `${s.userId}@${s.at}`) : [],
});

/**
 * What a screen reader should hear when the turn moves: who has the floor, that it is her turn, that
 * she is next, that a round began or ended, and (to facilitators) that someone needs a moment. Only
 * changes are spoken; the first state after connecting sets the baseline silently.
 */
export function useTurnAnnouncement(state: AnyLiveState | null, me: string | null): string {
  const [message, setMessage] = useState('');
  const previous = useRef<Seen | null>(null);

  useEffect(() => {
    if (!state) return;
    const now = seenIn(state, me);
    const before = previous.current;
    previous.current = now;
    if (!before) return;

    const parts: string[] = [];
    if (now.round !== before.round) {
      parts.push(state.round ? `${ROUND_LABEL[state.round.kind]} started.` : 'The round is over.');
    }
    if (now.floor !== before.floor) {
      if (now.floor === null) parts.push('Nobody has the floor now.');
      else if (now.floor === me) parts.push('It’s your turn. You have the floor.');
      else parts.push(`${nameOf(state, now.floor)} has the floor.`);
    }
    if (now.next && !before.next) parts.push('You’re next.');
    if (state.view === 'facilitator') {
      for (const signal of state.signals) {
        if (!before.signals.includes(`${signal.userId}@${signal.at}`)) parts.push(`${signal.name} needs a moment.`);
      }
    }
    if (parts.length > 0) setMessage(parts.join(' '));
  }, [state, me]);

  return message;
}
