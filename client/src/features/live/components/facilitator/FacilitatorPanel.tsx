import type { ReactNode } from 'react';
import type { FacilitatorState } from '../../lib/people';
import { AirtimeBars } from './AirtimeBars';
import { FloorControls } from './FloorControls';
import { LobbyControls } from './LobbyControls';
import { MomentSignals } from './MomentSignals';
import { PeopleControls } from './PeopleControls';
import { QueueControls } from './QueueControls';
import { RoundControls } from './RoundControls';
import { SettingsControls } from './SettingsControls';

/** Less often needed: folded away until she opens it. */
function Section({ title, badge, children, testId }: { title: string; badge?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <details className="live-section" data-testid={testId}>
      <summary className="live-section__summary">
        <span className="live-section__title">{title}</span>
        {badge}
      </summary>
      <div className="live-section__body">{children}</div>
    </details>
  );
}

/**
 * Every facilitation control, in the order she reaches for them: what needs her now (someone needs
 * a moment, someone is waiting), then the floor, the timer and rounds, the talking order; the
 * rest folded away.
 */
export function FacilitatorPanel({ state, me }: { state: FacilitatorState; me: string | null }) {
  const waiting = state.lobby.length;
  return (
    <div className="live-panel live-panel--facilitator" data-testid="facilitator-panel">
      <MomentSignals state={state} />
      <LobbyControls state={state} />
      <FloorControls state={state} me={me} />
      <RoundControls state={state} me={me} />
      <QueueControls state={state} me={me} />
      <Section title="Airtime" testId="airtime-section">
        <AirtimeBars state={state} />
      </Section>
      <Section title="People" testId="people-section" badge={<span className="count">{state.present.length}</span>}>
        <PeopleControls state={state} me={me} />
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
