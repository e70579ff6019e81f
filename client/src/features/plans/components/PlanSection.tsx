import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { groupPlanQuery } from '../api/plans-api';
import { PlanEditor } from './PlanEditor';
import { PlanSummary } from './PlanSummary';
import '../plans.css';

/**
 * The group's session plan on the group page, for its facilitators: the phases she runs every week,
 * and an editor on request (open at once while there is none, offering a suggested plan).
 */
export function PlanSection({ groupId, durationMinutes }: { groupId: string; durationMinutes: number }) {
  const queryClient = useQueryClient();
  const plan = useQuery(groupPlanQuery(groupId));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const hasPlan = (plan.data?.phases.length ?? 0) > 0;

  return (
    <section className="panel" aria-labelledby="plan-heading" id="plan">
      <div className="panel__header">
        <h2 id="plan-heading">Session plan</h2>
        {hasPlan && !editing ? (
          <button type="button" className="button button--secondary button--small" onClick={() => (setSaved(false), setEditing(true))}>
            Edit the plan
          </button>
        ) : null}
      </div>
      {plan.isPending ? <Loading label="Loading the plan…" /> : null}
      <ErrorNotice error={plan.error} />
      {plan.data && (editing || !hasPlan) ? (
        <PlanEditor
          groupId={groupId}
          durationMinutes={durationMinutes}
          saved={plan.data}
          onCancel={hasPlan ? () => setEditing(false) : undefined}
          onSaved={(next) => {
            queryClient.setQueryData(groupPlanQuery(groupId).queryKey, next);
            // Any session of the group asks again for its plan the next time it shows it.
            void queryClient.invalidateQueries({ queryKey: ['sessions'], predicate: (q) => q.queryKey[2] === 'plan' });
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
      {plan.data && hasPlan && !editing ? <PlanSummary plan={plan.data} durationMinutes={durationMinutes} /> : null}
      <StatusMessage tone="success">{saved ? 'The plan is saved. Start its phases from the panel in a session.' : null}</StatusMessage>
    </section>
  );
}
