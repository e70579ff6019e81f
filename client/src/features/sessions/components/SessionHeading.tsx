import type { SessionStatus } from '@hearth/shared';
import { SESSION_STATUS } from './session-status';

/** When a session is and where it stands, as each session list shows it. */
export function SessionHeading({ when, status }: { when: string; status: SessionStatus }) {
  return (
    <div>
      <p className="row-list__title">{when}</p>
      <span className={`tag ${SESSION_STATUS[status].tone}`}>{SESSION_STATUS[status].label}</span>
    </div>
  );
}
