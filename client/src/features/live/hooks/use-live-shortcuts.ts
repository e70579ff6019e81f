import type { AnyLiveState } from '@hearth/shared';
import { useCommand } from './use-command';
import { useAltShortcut } from './use-shortcut';

/**
 * The room's process shortcuts: Alt+H raises or lowers her hand and Alt+N says she is done with the
 * floor (members); Alt+N calls the next speaker or moves the round on, Alt+P pauses or resumes the
 * timer (facilitators). Alt with a
 * letter leaves screen readers' own keys (Insert, Caps Lock, Ctrl+Option) alone, and avoids the
 * letters browsers keep for their menus (D, E, F). A refusal is said where the dock shows errors.
 */
export function useLiveShortcuts(state: AnyLiveState | null, me: string | null) {
  const command = useCommand();
  const live = state !== null && state.phase !== 'ended';
  const facilitator = state?.view === 'facilitator';

  useAltShortcut(
    'h',
    () => {
      if (!state || me === null || state.floor?.userId === me) return;
      void command.send(state.hands.includes(me) ? 'hand:lower' : 'hand:raise', {});
    },
    live && !facilitator,
  );
  useAltShortcut(
    'n',
    () => {
      if (state?.floor?.userId === me) void command.send('floor:done', {});
    },
    live && !facilitator,
  );
  useAltShortcut(
    'n',
    () => {
      if (!state) return;
      if (state.round) void command.send('round:next', {});
      else if (state.hands.length > 0) void command.send('floor:next', {});
    },
    live && facilitator,
  );
  useAltShortcut(
    'p',
    () => {
      if (state?.timer.state === 'running') void command.send('timer:pause', {});
      else if (state?.timer.state === 'paused') void command.send('timer:resume', {});
    },
    live && facilitator,
  );
  return command;
}
