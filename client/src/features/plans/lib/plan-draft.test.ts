import { describe, expect, it } from 'vitest';
import { defaultPlan, planInputSchema } from '@hearth/shared';
import { draftMinutes, fromDraft, move, newPhase, toDraft } from './plan-draft';
import { phaseDetail } from './phase-detail';

describe('the plan editor’s drafts', () => {
  it('round-trips every phase of the suggested plan through the editor unchanged', () => {
    const phases = defaultPlan(90);
    const sent = planInputSchema.parse({ phases: phases.map((p, i) => fromDraft(toDraft(p, `k${i}`))) });
    expect(sent.phases).toEqual(phases.map((p) => (p.kind === 'round' ? { ...p, round: { ...p.round, shuffle: false } } : p)));
  });

  it('sends a round’s seconds only when typed, and no round at all for open process', () => {
    const round = { ...newPhase('a'), kind: 'round' as const, name: 'Check-in', roundKind: 'check-in' as const };
    expect(fromDraft(round)).toEqual({ kind: 'round', name: 'Check-in', minutes: 10, round: { kind: 'check-in', shuffle: false } });
    expect(fromDraft({ ...round, seconds: '90', shuffle: true })).toMatchObject({ round: { seconds: 90, shuffle: true } });
    expect(fromDraft({ ...round, kind: 'open' })).toEqual({ kind: 'open', name: 'Check-in', minutes: 10 });
  });

  it('leaves what is not a number as typed, so the shared schema refuses it by field', () => {
    const typed = fromDraft({ ...newPhase('a'), name: 'Open', minutes: '12a' });
    const result = planInputSchema.safeParse({ phases: [typed] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['phases', 0, 'minutes']);
    expect(fromDraft({ ...newPhase('a'), minutes: '' })).toMatchObject({ minutes: '' });
  });

  it('adds up only the minutes typed as whole numbers', () => {
    expect(draftMinutes([newPhase('a'), { ...newPhase('b'), minutes: '25' }, { ...newPhase('c'), minutes: 'x' }])).toBe(35);
  });

  it('moves a phase earlier or later, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('says what happens in a phase in a few words', () => {
    expect(phaseDetail({ kind: 'round', name: 'In', minutes: 15, round: { kind: 'check-in', seconds: 90, shuffle: true } })).toBe(
      'Check-in round · 90 s each · shuffled',
    );
    expect(phaseDetail({ kind: 'round', name: 'Out', minutes: 10, round: { kind: 'check-out' } })).toBe('Check-out round');
    expect(phaseDetail({ kind: 'open', name: 'Open', minutes: 60 })).toBe('Open process');
  });
});
