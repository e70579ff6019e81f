import { useId } from 'react';
import { PLAN_LIMITS, ROUND_KINDS, SECONDS_LIMITS, type PhaseKind, type PhaseRound } from '@hearth/shared';
import { Field } from '@/components/Field';
import type { FieldErrors } from '@/lib/form-validation';
import type { DraftPhase } from '../lib/plan-draft';

export const ROUND_KIND_LABEL: Record<PhaseRound['kind'], string> = { 'check-in': 'Check-in', 'check-out': 'Check-out', open: 'Open round' };
const PHASE_KIND_LABEL: Record<PhaseKind, string> = { round: 'A round: everyone in turn', open: 'Open process: talking order by raised hands' };

interface PhaseFieldsProps {
  phase: DraftPhase;
  index: number;
  count: number;
  /** Errors for this phase, keyed by its field ("name", "round.seconds"). */
  errors: FieldErrors;
  onChange: (patch: Partial<DraftPhase>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One phase of the plan: its name, kind and minutes, a round's settings, and where it sits in the order. */
export function PhaseFields({ phase, index, count, errors, onChange, onMove, onRemove }: PhaseFieldsProps) {
  const shuffleId = useId();
  const number = index + 1;
  const label = phase.name.trim() || `Phase ${number}`;
  const first = index === 0;
  const last = index === count - 1;
  return (
    <fieldset className="fieldset plan-phase">
      <legend>
        {number}. {label}
      </legend>
      <div className="form__pair">
        <Field label="Name" error={errors.name}>
          {(c) => (
            <input
              {...c}
              data-focus-key={`${phase.key}:name`}
              maxLength={PLAN_LIMITS.name}
              value={phase.name}
              onChange={(e) => onChange({ name: e.target.value })}
            />
          )}
        </Field>
        <Field label="Target minutes" error={errors.minutes}>
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={PLAN_LIMITS.minutes.min}
              max={PLAN_LIMITS.minutes.max}
              value={phase.minutes}
              onChange={(e) => onChange({ minutes: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="What happens" error={errors.kind}>
        {(c) => (
          <select {...c} value={phase.kind} onChange={(e) => onChange({ kind: e.target.value as PhaseKind })}>
            {(['round', 'open'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {PHASE_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {phase.kind === 'round' ? (
        <div className="form__pair">
          <Field label="Round" error={errors['round.kind']}>
            {(c) => (
              <select {...c} value={phase.roundKind} onChange={(e) => onChange({ roundKind: e.target.value as PhaseRound['kind'] })}>
                {ROUND_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {ROUND_KIND_LABEL[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Seconds per person"
            hint={`Optional, ${SECONDS_LIMITS.turn.min}–${SECONDS_LIMITS.turn.max}. Empty: the session’s round seconds.`}
            error={errors['round.seconds']}
          >
            {(c) => (
              <input
                {...c}
                type="number"
                inputMode="numeric"
                min={SECONDS_LIMITS.turn.min}
                max={SECONDS_LIMITS.turn.max}
                step={15}
                value={phase.seconds}
                onChange={(e) => onChange({ seconds: e.target.value })}
              />
            )}
          </Field>
          <div className="check">
            <input id={shuffleId} type="checkbox" checked={phase.shuffle} onChange={(e) => onChange({ shuffle: e.target.checked })} />
            <label htmlFor={shuffleId}>Shuffle the order</label>
          </div>
        </div>
      ) : null}
      <div className="button-row plan-phase__order">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Move ${label} earlier`}
          data-focus-key={`${phase.key}:earlier`}
          aria-disabled={first || undefined}
          onClick={first ? undefined : () => onMove(-1)}
        >
          Earlier
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Move ${label} later`}
          data-focus-key={`${phase.key}:later`}
          aria-disabled={last || undefined}
          onClick={last ? undefined : () => onMove(1)}
        >
          Later
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Remove ${label}`}
          aria-disabled={count === 1 || undefined}
          onClick={count === 1 ? undefined : onRemove}
        >
          Remove
        </button>
      </div>
    </fieldset>
  );
}
