import { useEffect, useRef, useState, type FormEvent } from 'react';
import { planInputSchema, PLAN_LIMITS, type PlanInput, type SessionPlan } from '@hearth/shared';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { savePlan } from '../api/plans-api';
import { draftMinutes, fromDraft, move, newPhase, suggestedDrafts, toDraft, type DraftPhase } from '../lib/plan-draft';
import { planFit } from '../lib/phase-time';
import { PhaseFields } from './PhaseFields';

interface PlanEditorProps {
  groupId: string;
  /** The group's session length: the plan is measured against it, never held to it. */
  durationMinutes: number;
  saved: SessionPlan;
  onSaved: (plan: SessionPlan) => void;
  onCancel?: (() => void) | undefined;
}

/** Errors for phase `index`, keyed by its own field ("name", "round.seconds"). */
function phaseErrors(errors: FieldErrors, index: number): FieldErrors {
  const prefix = `phases.${index}.`;
  return Object.fromEntries(Object.entries(errors).flatMap(([key, message]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), message]] : [])));
}

/** The whole plan as a form: phases added, removed and reordered, then saved at once. */
export function PlanEditor({ groupId, durationMinutes, saved, onSaved, onCancel }: PlanEditorProps) {
  const counter = useRef(0);
  const nextKey = () => `phase-${++counter.current}`;
  const [drafts, setDrafts] = useState<DraftPhase[]>(() =>
    saved.phases.length > 0 ? saved.phases.map((p) => toDraft(p, nextKey())) : suggestedDrafts(durationMinutes, nextKey),
  );
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const save = useAction((input: PlanInput) => savePlan(groupId, input));
  const errors: FieldErrors = { ...serverFieldError(save.error), ...clientErrors };
  const fit = planFit(draftMinutes(drafts), durationMinutes);
  const full = drafts.length >= PLAN_LIMITS.phases.max;

  // A moved phase keeps focus on the button she pressed; after a removal or an addition it goes to a name field.
  const form = useRef<HTMLFormElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    form.current?.querySelector<HTMLElement>(`[data-focus-key="${focusNext.current}"]`)?.focus();
    focusNext.current = null;
  }, [drafts]);

  /** Moving, adding or removing phases renumbers them: the last verdict no longer points at the right ones. */
  const reorder = (next: DraftPhase[], focus: string | null) => {
    focusNext.current = focus;
    setDrafts(next);
    setErrors({});
    save.reset();
  };
  const remove = (index: number) => {
    const neighbour = drafts[index + 1] ?? drafts[index - 1];
    reorder(
      drafts.filter((_, i) => i !== index),
      neighbour ? `${neighbour.key}:name` : null,
    );
  };
  const add = () => {
    const phase = newPhase(nextKey());
    reorder([...drafts, phase], `${phase.key}:name`);
  };
  /** Editing a phase clears what was said about it (and about the plan's length), and nothing else. */
  const update = (index: number, patch: Partial<DraftPhase>) => {
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...patch } : d)));
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== 'phases' && !key.startsWith(`phases.${index}.`))));
    save.reset();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(planInputSchema, { phases: drafts.map(fromDraft) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const plan = await save.run(checked.data);
    if (plan) onSaved(plan);
  }

  return (
    <form ref={form} className="form plan-editor" onSubmit={submit} noValidate>
      {saved.phases.length === 0 ? (
        <p className="notice notice--info">A suggested plan to start from: change it as you like. It is used in sessions once you save it.</p>
      ) : null}
      <ol className="plan-editor__phases">
        {drafts.map((draft, index) => (
          <li key={draft.key}>
            <PhaseFields
              phase={draft}
              index={index}
              count={drafts.length}
              errors={phaseErrors(errors, index)}
              onChange={(patch) => update(index, patch)}
              onMove={(by) => reorder(move(drafts, index, by), `${draft.key}:${by < 0 ? 'earlier' : 'later'}`)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" aria-disabled={full || undefined} onClick={full ? undefined : add}>
          Add a phase
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => reorder(suggestedDrafts(durationMinutes, nextKey), null)}>
          Start again from the suggested plan
        </button>
      </div>
      {full ? <p className="small muted">A plan has at most {PLAN_LIMITS.phases.max} phases.</p> : null}
      <p className={fit.overBy > 0 ? 'plan-editor__total plan-editor__total--over' : 'plan-editor__total'}>
        {fit.shown}
        {fit.overBy > 0 ? ` — ${fit.overBy} over. The minutes are targets: nothing stops when one runs out.` : null}
      </p>
      {errors.phases ? (
        <p className="field__error" role="alert">
          {errors.phases}
        </p>
      ) : null}
      <p className="small muted">Members see the phase names and minutes too, so they know what comes next.</p>
      <ErrorNotice error={Object.keys(serverFieldError(save.error)).length > 0 ? undefined : save.error} />
      <div className="button-row">
        <SubmitButton pending={save.pending} pendingLabel="Saving…">
          Save the plan
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
