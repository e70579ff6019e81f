import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { phaseStartPayload, type PlanStep, type SessionPlan } from '@hearth/shared';
import { ErrorNotice, Loading } from '@/components/Notice';
import { paths } from '@/config/paths';
import { CommandError, useCommand, useLiveState, useServerNow } from '@/features/live';
import { sessionPlanQuery } from '../api/plans-api';
import { phaseDetail } from '../lib/phase-detail';
import { phaseTime } from '../lib/phase-time';
import '../plans.css';

/** The step the live state says runs is this phase of the plan (not one edited or moved since). */
const isCurrent = (step: PlanStep | undefined, phase: SessionPlan['phases'][number], index: number) =>
  step !== undefined && step.index === index && step.name === phase.name;

function NowLine({ step }: { step: PlanStep }) {
  const serverNow = useServerNow(1_000);
  const time = phaseTime(step, serverNow);
  return (
    <p className={time.over ? 'session-plan__now session-plan__now--over' : 'session-plan__now'}>
      <span>
        Now: <strong>{step.name}</strong>
      </span>
      <span aria-hidden="true" className="session-plan__time">
        {time.shown}
      </span>
      <span className="visually-hidden">{time.spoken}</span>
      <progress className="session-plan__bar" max={time.targetSeconds} value={Math.min(time.elapsedSeconds, time.targetSeconds)} aria-hidden="true" />
    </p>
  );
}

/**
 * The group's session plan in the live panel: every phase with its minutes, the one running now with
 * its time against its target, and for facilitators a Start for each, which starts that phase (and
 * its round, with the round's settings) for everyone.
 */
export function SessionPlanSection({ sessionId }: { sessionId: string }) {
  const plan = useQuery(sessionPlanQuery(sessionId));
  const state = useLiveState();
  const command = useCommand();
  const step = state?.planStep;
  const canStart = state?.view === 'facilitator' && state.phase !== 'ended';

  return (
    <section className="session-plan" aria-labelledby="session-plan-heading">
      <h3 id="session-plan-heading">Session plan</h3>
      {plan.isPending ? <Loading label="Loading the plan…" /> : null}
      <ErrorNotice error={plan.error} />
      {step && state?.phase !== 'ended' ? <NowLine step={step} /> : null}
      {plan.data && plan.data.phases.length === 0 ? (
        <p className="small muted">
          This group has no session plan yet.{' '}
          {state?.view === 'facilitator' ? <Link to={`${paths.group(plan.data.groupId)}#plan`}>Write one on the group page.</Link> : null}
        </p>
      ) : null}
      {plan.data && plan.data.phases.length > 0 ? (
        <ol className="plan-list">
          {plan.data.phases.map((phase, index) => {
            const current = isCurrent(step, phase, index);
            return (
              <li key={index} className={current ? 'plan-list__phase plan-list__phase--current' : 'plan-list__phase'} aria-current={current ? 'step' : undefined}>
                <span className="plan-list__name">{phase.name}</span>
                <span className="plan-list__detail">
                  {phaseDetail(phase)} · {phase.minutes} min
                </span>
                {canStart ? (
                  <button
                    type="button"
                    className="button button--secondary button--small plan-list__start"
                    aria-label={`${current ? 'Start again' : 'Start'}: ${phase.name}`}
                    onClick={() => void command.send('phase:start', phaseStartPayload(phase, index))}
                  >
                    {current ? 'Start again' : 'Start'}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <CommandError error={command.error} />
    </section>
  );
}
