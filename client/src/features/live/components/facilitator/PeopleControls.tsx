import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { SafetyDetails, sessionSafetyQuery } from '@/features/safety';
import type { PresentPerson } from '@hearth/shared';
import type { FacilitatorState } from '../../lib/people';
import { ConfirmButton } from '@/components/ConfirmButton';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';

const ROLE_LABEL: Record<PresentPerson['role'], string> = { facilitator: 'facilitator', co_facilitator: 'co-facilitator', member: 'member' };

/** Everyone in the session, with what a facilitator may do to each: give the floor, mute, remove. */
export function PeopleControls({ state, me, sessionId }: { state: FacilitatorState; me: string | null; sessionId: string }) {
  const command = useCommand();
  const [done, setDone] = useState('');
  const people = state.present.filter((p) => p.userId !== me);
  // Asked again whenever someone arrives: she said where she is just before she came in.
  const safety = useQuery(sessionSafetyQuery(sessionId, people.map((p) => p.userId).join(','))).data;

  if (people.length === 0) return <p className="small muted">Nobody else is here yet.</p>;
  return (
    <>
      <ul className="person-list" data-testid="people">
        {people.map((person) => {
          const member = person.role === 'member';
          const waiting = state.lobby.includes(person.userId);
          return (
            <li key={person.userId} className="person-list__item person-list__item--wrap">
              <span className="person-list__name">
                {person.name}
                {!member ? <span className="tag">{ROLE_LABEL[person.role]}</span> : null}
                {!person.connected ? <span className="tag">away</span> : null}
                {waiting ? <span className="tag tag--warning">waiting</span> : null}
                {member ? <SafetyDetails person={safety?.people.find((p) => p.userId === person.userId)} asked={safety?.safetyCheck ?? false} /> : null}
              </span>
              {member ? (
                <span className="button-row">
                  <LiveButton
                    className="button button--secondary button--tiny"
                    focusKey={`give-any-${person.userId}`}
                    unavailable={state.floor?.userId === person.userId || waiting}
                    onPress={() => void command.send('floor:give', { userId: person.userId })}
                  >
                    Give floor<span className="visually-hidden"> to {person.name}</span>
                  </LiveButton>
                  <LiveButton
                    className="button button--secondary button--tiny"
                    focusKey={`mute-${person.userId}`}
                    onPress={() => void command.send('member:mute', { userId: person.userId }).then((ok) => setDone(ok ? `${person.name} is muted.` : ''))}
                  >
                    Mute<span className="visually-hidden"> {person.name}</span>
                  </LiveButton>
                  <ConfirmButton
                    label="Remove"
                    accessibleLabel={`Remove ${person.name} from this session`}
                    question={`Remove ${person.name} from this session? She can’t rejoin it.`}
                    confirmLabel="Yes, remove her"
                    pending={command.pending === 'member:remove'}
                    onConfirm={() => void command.send('member:remove', { userId: person.userId })}
                  />
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="small muted">Mute turns off her microphone; she can turn it back on. Removing someone closes the session to her.</p>
      <p className={done ? 'live-confirm' : 'visually-hidden'} role="status" aria-live="polite">
        {done}
      </p>
      <CommandError error={command.error} />
    </>
  );
}
