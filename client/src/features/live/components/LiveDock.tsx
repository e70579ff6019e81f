import { useRef } from 'react';
import { isFacilitatorView } from '../lib/people';
import { useLive } from '../hooks/live-context';
import { useFocusKeeper } from '../hooks/use-focus-keeper';
import { useLiveShortcuts } from '../hooks/use-live-shortcuts';
import { useTurnAnnouncement } from '../hooks/use-turn-announcement';
import { CommandError } from './CommandError';
import { ConnectionBar } from './ConnectionBar';
import { ArrivalToast } from './facilitator/ArrivalToast';
import { NowBar } from './facilitator/NowBar';
import { StatusCard } from './member/StatusCard';
import './live.css';
import './live-dock.css';

/**
 * What stays in view in the room whatever else is open: a member's own status card, a facilitator's
 * "Now"; the one live region that says every change of floor, place, round and arrival; the
 * process shortcuts; and, for facilitators, the toast when someone arrives in the waiting room.
 */
export function LiveDock() {
  const { state, me } = useLive();
  const announcement = useTurnAnnouncement(state, me);
  const shortcut = useLiveShortcuts(state, me);
  const root = useRef<HTMLDivElement>(null);
  useFocusKeeper(root, state);

  return (
    <div ref={root} className="live-dock" data-testid="live-dock" data-view={state?.view ?? 'none'} data-version={state?.version ?? -1}>
      <ConnectionBar />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="turn-announcement">
        {announcement}
      </p>
      {state === null || state.phase === 'ended' ? null : isFacilitatorView(state) ? (
        <>
          <NowBar state={state} me={me} />
          <ArrivalToast state={state} />
        </>
      ) : state.youAreWaiting ? null : (
        <StatusCard state={state} me={me} />
      )}
      <CommandError error={shortcut.error} className="live-dock__error" />
    </div>
  );
}
