import { planMinutes, type SessionPlan } from '@hearth/shared';
import { planFit } from '../lib/phase-time';
import { phaseDetail } from '../lib/phase-detail';

/** The saved plan, read-only: each phase with what happens in it and its minutes. */
export function PlanSummary({ plan, durationMinutes }: { plan: SessionPlan; durationMinutes: number }) {
  const fit = planFit(planMinutes(plan.phases), durationMinutes);
  return (
    <div className="plan-summary">
      <ol className="plan-list">
        {plan.phases.map((phase, index) => (
          <li key={index} className="plan-list__phase">
            <span className="plan-list__name">{phase.name}</span>
            <span className="plan-list__detail">
              {phaseDetail(phase)} · {phase.minutes} min
            </span>
          </li>
        ))}
      </ol>
      <p className={fit.overBy > 0 ? 'plan-editor__total plan-editor__total--over' : 'plan-editor__total'}>
        {fit.shown}
        {fit.overBy > 0 ? ` — ${fit.overBy} over.` : null}
      </p>
    </div>
  );
}
