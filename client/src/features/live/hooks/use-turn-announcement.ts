import { useEffect, useRef, useState } from 'react';
import { placeInQueue, type AnyLiveState } from '@hearth/shared';
import { nameOf } from '../lib/people';
import { ordinal, ROUND_LABEL } from '../lib/format';

interface Seen {
  floor: string | null;
  round: string | null;
  roundIndex: number | null;
  place: number | null;
  signals: string[];
  lobby: string[];
}

const seenIn = (state: AnyLiveState, me: string | null): Seen => ({
  floor: state.floor?.userId ?? null,
  round: state.round ? `${state.round.kind}:${state.round.order.join()}` : null,
  roundIndex: state.round?.index ?? null,
  place: me !== null && state.floor?.userId !== me ? placeInQueue(state, me) : null,
  signals: state.view === 'facilitator' ? state.signals.map((s) => `${s.userId}@${s.at}`) : [],
  lobby: state.view === 'facilitator' ? state.lobby : [],
});

function placeMessage(place: number | null, before: number | null): string | null {
  if (place === before) return null;
  if (place === null) return before === null ? null : 'Your hand is down.';
  if (place === 1) return 'You’re next.';
  return `You’re ${ordinal(place)} in the talking order.`;
}

/**
 * What a screen reader should hear when the group moves: who has the floor, that it is her turn,
 * her place in the order whenever it changes, a round's start, turns and end, and (to facilitators)
 * that someone is waiting to come in or needs a moment. Each change once; the first state after
 * connecting sets the baseline silently.
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
    } else if (state.round && now.roundIndex !== before.roundIndex) {
      parts.push(`Round: turn ${Math.min(state.round.index + 1, state.round.order.length)} of ${state.round.order.length}.`);
    }
    if (now.floor !== before.floor) {
      if (now.floor === null) parts.push('Nobody has the floor now.');
      else if (now.floor === me) parts.push('It’s your turn. You have the floor.');
      else parts.push(`${nameOf(state, now.floor)} has the floor.`);
    }
    const place = placeMessage(now.place, before.place);
    // Her hand comes down when the floor becomes hers: "your turn" already says so.
    if (place && !(now.place === null && now.floor === me)) parts.push(place);
    for (const userId of now.lobby) {
      if (!before.lobby.includes(userId)) parts.push(`${nameOf(state, userId)} is waiting to come in.`);
    }
    if (state.view === 'facilitator') {
      for (const signal of state.signals) {
        if (!before.signals.includes(`${signal.userId}@${signal.at}`)) parts.push(`${signal.name} needs a moment.`);
      }
    }
    if (parts.length > 0) setMessage(parts.join(' '));
  }, [state, me]);

  return message;
}
