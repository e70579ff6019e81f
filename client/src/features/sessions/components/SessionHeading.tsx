import type { SessionStatus } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';
import { SESSION_STATUS } from './session-status';

/** When a session is and where it stands, as each session list shows it. */
export function SessionHeading({ when, status, movedFrom }: { when: string; status: SessionStatus; movedFrom?: string | null }) {
  return (
    <div>
      <p className="row-list__title">{when}</p>
      <span className={`tag ${SESSION_STATUS[status].tone}`}>{SESSION_STATUS[status].label}</span>
      {movedFrom ? <p className="small muted">Moved from {formatDateTime(movedFrom)}</p> : null}
    </div>
  );
}
