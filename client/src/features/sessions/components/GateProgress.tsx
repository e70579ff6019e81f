import type { GateStep } from '@hearth/shared';

const STEPS = [
  { key: 'agreement', label: 'Agreement' },
  { key: 'privacy', label: 'Privacy' },
  { key: 'join', label: 'Join' },
] as const;

const INDEX: Record<GateStep, number> = { agreement: 0, privacy: 1, wait_for_open: 2, removed: 2, lobby: 2, ready: 2 };

/** Where she is on the way in, so the steps never feel endless. */
export function GateProgress({ step }: { step: GateStep }) {
  const current = INDEX[step];
  return (
    <ol className="gate-progress" aria-label="Steps to join">
      {STEPS.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={s.key} className={`gate-progress__step gate-progress__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="gate-progress__number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            {s.label}
            {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
