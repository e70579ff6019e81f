import { defaultPlan, type PlanPhase, type PhaseKind, type PhaseRound } from '@hearth/shared';

/** One phase as the editor holds it: numbers as typed, both kinds' fields kept so switching kind loses nothing. */
export interface DraftPhase {
  key: string;
  kind: PhaseKind;
  name: string;
  minutes: string;
  roundKind: PhaseRound['kind'];
  /** Empty: the session's round seconds. */
  seconds: string;
  shuffle: boolean;
}

export const toDraft = (phase: PlanPhase, key: string): DraftPhase => ({
  key,
  kind: phase.kind,
  name: phase.name,
  minutes: String(phase.minutes),
  roundKind: phase.kind === 'round' ? phase.round.kind : 'open',
  seconds: phase.kind === 'round' && phase.round.seconds !== undefined ? String(phase.round.seconds) : '',
  shuffle: phase.kind === 'round' ? (phase.round.shuffle ?? false) : false,
});

/** A typed number, or the text itself so the shared schema refuses it by name ("12a" is not 12). */
const asNumber = (typed: string): number | string => (typed.trim() !== '' && Number.isFinite(Number(typed)) ? Number(typed) : typed);

/** What the editor sends, before the shared schema checks it: a round phase carries its round, an open one none. */
export function fromDraft(draft: DraftPhase): unknown {
  const base = { kind: draft.kind, name: draft.name, minutes: asNumber(draft.minutes) };
  if (draft.kind === 'open') return base;
  const round: Record<string, unknown> = { kind: draft.roundKind, shuffle: draft.shuffle };
  if (draft.seconds.trim() !== '') round.seconds = asNumber(draft.seconds);
  return { ...base, round };
}

/** The draft's minutes so far, ignoring what is not (yet) a number. */
export const draftMinutes = (drafts: readonly DraftPhase[]) =>
  drafts.reduce((sum, d) => {
    const n = Number(d.minutes);
    return sum + (Number.isInteger(n) && n > 0 ? n : 0);
  }, 0);

/** Moves one phase up (-1) or down (+1); at either end it stays where it is. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[index], out[to]] = [out[to] as T, out[index] as T];
  return out;
}

export const newPhase = (key: string): DraftPhase => ({ key, kind: 'open', name: '', minutes: '10', roundKind: 'open', seconds: '', shuffle: false });

export const suggestedDrafts = (durationMinutes: number, nextKey: () => string) => defaultPlan(durationMinutes).map((p) => toDraft(p, nextKey()));
