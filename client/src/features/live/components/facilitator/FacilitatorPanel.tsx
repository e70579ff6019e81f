import type { ReactNode } from 'react';
import { GoodbyeNotice } from '@/features/membership';
import { SessionPlanSection } from '@/features/plans';
import { useLive } from '../../hooks/live-context';
import type { FacilitatorState } from '../../lib/people';
import { AirtimeBars } from './AirtimeBars';
import { LobbyControls } from './LobbyControls';
import { MomentSignals } from './MomentSignals';
import { PeopleControls } from './PeopleControls';
import { QueueControls } from './QueueControls';
import { RoundControls } from './RoundControls';
import { SettingsControls } from './SettingsControls';
import { TimerControls } from './TimerControls';

/** One tool, folded until she opens it; the summary says enough to know whether she needs to. */
function Section({ title, badge, children, testId, open = false }: { title: string; badge?: ReactNode; children: ReactNode; testId: string; open?: boolean }) {
  return (
    <details className="live-section" data-testid={testId} open={open}>
      <summary className="live-section__summary">
        <span className="live-section__title">{title}</span>
        {badge}
      </summary>
      <div className="live-section__body">{children}</div>
    </details>
  );
}

/**
 * The facilitator's tools. What needs her now (someone needs a moment, someone is waiting) is
 * open at the top; "Now" (floor, timer, next speaker) is the dock's, always in view; everything
 * else is a section she opens: the talking order, the round, the timer, the session plan, people,
 * airtime, settings.
 */
export function FacilitatorPanel({ state, me }: { state: FacilitatorState; me: string | null }) {
  const waiting = state.lobby.length;
  const { sessionId } = useLive();
  return (
    <div className="live-panel live-panel--facilitator" data-testid="facilitator-panel">
      <MomentSignals state={state} />
      <LobbyControls state={state} />
      <GoodbyeNotice sessionId={sessionId} />
      <Section title="Talking order" testId="order-section" open badge={<span className="count">{state.hands.length}</span>}>
        <QueueControls state={state} me={me} />
      </Section>
      <Section title="Round" testId="round-section" badge={state.round ? <span className="tag tag--accent">running</span> : null}>
        <RoundControls state={state} me={me} />
      </Section>
      <Section title="Timer" testId="timer-section" badge={state.timer.state === 'idle' ? null : <span className="tag">{state.timer.state}</span>}>
        <TimerControls state={state} />
      </Section>
      <Section title="Session plan" testId="plan-section" badge={state.planStep ? <span className="tag tag--accent">{state.planStep.name}</span> : null}>
        <SessionPlanSection sessionId={sessionId} />
      </Section>
      <Section title="People" testId="people-section" badge={<span className="count">{state.present.length}</span>}>
        <PeopleControls state={state} me={me} sessionId={sessionId} />
      </Section>
      <Section title="Airtime" testId="airtime-section">
        <AirtimeBars state={state} />
      </Section>
      <Section
        title="Room settings"
        testId="settings-section"
        badge={
          state.settings.locked ? (
            <span className="tag tag--warning">locked</span>
          ) : state.settings.lobbyOn ? (
            <span className="tag">waiting room on{waiting ? ` · ${waiting}` : ''}</span>
          ) : null
        }
      >
        <SettingsControls state={state} />
      </Section>
    </div>
  );
}
