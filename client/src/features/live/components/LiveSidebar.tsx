import type { Role } from '@hearth/shared';

export interface LiveSidebarProps {
  sessionId: string;
  role: Role;
}

/** The talking order, timer and rounds beside the video; facilitators also get every control. */
export function LiveSidebar({ role }: LiveSidebarProps) {
  return (
    <aside className="live-sidebar" aria-label="Talking order and timer" data-testid="live-sidebar" data-role={role}>
      <p className="muted">Connecting to the session…</p>
    </aside>
  );
}
