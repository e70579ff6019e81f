import type { SessionPlan } from '@hearth/shared';

const ROUND_NAME = { 'check-in': 'Check-in round', 'check-out': 'Check-out round', open: 'Open round' } as const;

/** What happens in a phase, in a few words: "Check-in round · 90 s each · shuffled", "Open process". */
export function phaseDetail(phase: SessionPlan['phases'][number]): string {
  if (phase.kind === 'open') return 'Open process';
  const parts: string[] = [ROUND_NAME[phase.round.kind]];
  if (phase.round.seconds !== undefined) parts.push(`${phase.round.seconds} s each`);
  if (phase.round.shuffle) parts.push('shuffled');
  return parts.join(' · ');
}
