import { useRef } from 'react';
import type { Role } from '@hearth/shared';
import { isFacilitatorView } from '../lib/people';
import { LiveBoundary, useLive } from '../hooks/live-context';
import { useFocusKeeper } from '../hooks/use-focus-keeper';
import { FacilitatorPanel } from './facilitator/FacilitatorPanel';
import { MemberPanel } from './member/MemberPanel';
import './live.css';
import './live-order.css';
import './live-facilitator.css';

export interface LiveSidebarProps {
  sessionId: string;
  /** What she is in the group; the server's view of her decides what she is shown. */
  role: Role;
}

/**
 * The rest of the process beside the video (a bottom sheet on a phone): the talking order and the
 * round for everyone, and for facilitators every tool in sections she opens. What must stay in
 * view (her status, "Now") is the dock's (LiveDock).
 */
export function LiveSidebar({ sessionId, role }: LiveSidebarProps) {
  return (
    <LiveBoundary sessionId={sessionId}>
      <SidebarBody role={role} />
    </LiveBoundary>
  );
}

function SidebarBody({ role }: { role: Role }) {
  const { state, me } = useLive();
  const root = useRef<HTMLElement>(null);
  useFocusKeeper(root, state);
  const facilitator = state ? isFacilitatorView(state) : role !== 'member';

  return (
    <aside
      ref={root}
      className="live"
      aria-labelledby="live-heading"
      tabIndex={-1}
      data-testid="live-sidebar"
      data-view={state?.view ?? 'none'}
      data-version={state?.version ?? -1}
    >
      <h2 id="live-heading" className="live__heading">
        {facilitator ? 'Facilitation' : 'The group'}
      </h2>
      {state === null ? null : state.phase === 'ended' ? (
        <p className="notice notice--info">This session has ended. Thank you for being part of it.</p>
      ) : isFacilitatorView(state) ? (
        <FacilitatorPanel state={state} me={me} />
      ) : state.youAreWaiting ? (
        <p className="notice notice--info">You’re in the waiting room. Your facilitator will let you in shortly.</p>
      ) : (
        <MemberPanel state={state} me={me} />
      )}
    </aside>
  );
}
