import type { PlanStep } from '@hearth/shared';

/** 95 → "1:35"; 3725 → "62:05": minutes and two-digit seconds, as a phase's time is read at a glance. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface PhaseTime {
  elapsedSeconds: number;
  targetSeconds: number;
  /** Past its target minutes: the facilitator decides whether to move on; nothing stops by itself. */
  over: boolean;
  /** "5:12 of 15:00", or "2:10 over 15:00". */
  shown: string;
  /** The same, as it is said: "5 of 15 minutes", "2 minutes over 15". */
  spoken: string;
}

const minutesWord = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** How long the running phase has gone, against its target, from the server's clock (a clock set wrong never shows negative time). */
export function phaseTime(step: Pick<PlanStep, 'startedAt' | 'minutes'>, serverNow: number): PhaseTime {
  const elapsedSeconds = Math.max(0, Math.floor((serverNow - step.startedAt) / 1000));
  const targetSeconds = step.minutes * 60;
  const over = elapsedSeconds > targetSeconds;
  const elapsedMinutes = Math.floor(elapsedSeconds / 60);
  if (over) {
    const overMinutes = Math.floor((elapsedSeconds - targetSeconds) / 60);
    return {
      elapsedSeconds,
      targetSeconds,
      over,
      shown: `${clock(elapsedSeconds - targetSeconds)} over ${clock(targetSeconds)}`,
      spoken: `${overMinutes < 1 ? 'Less than a minute' : minutesWord(overMinutes)} over ${minutesWord(step.minutes)}`,
    };
  }
  return {
    elapsedSeconds,
    targetSeconds,
    over,
    shown: `${clock(elapsedSeconds)} of ${clock(targetSeconds)}`,
    spoken: `${elapsedMinutes} of ${minutesWord(step.minutes)}`,
  };
}

/** The plan's minutes against the group's session: "85 of 90 minutes", with how far over when it runs long. */
export function planFit(totalMinutes: number, sessionMinutes: number): { shown: string; overBy: number } {
  const overBy = Math.max(0, totalMinutes - sessionMinutes);
  return { shown: `${totalMinutes} of the session’s ${sessionMinutes} minutes`, overBy };
}
