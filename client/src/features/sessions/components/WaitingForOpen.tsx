import { Link } from 'react-router';
import { isFacilitatorRole, type SessionGate } from '@hearth/shared';
import { ErrorNotice } from '@/components/Notice';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { openSession } from '../api/sessions-api';

/** Everything is ready on her side; the room itself is not open yet. */
export function WaitingForOpen({ gate, onOpened }: { gate: SessionGate; onOpened: () => void }) {
  const open = useAction(openSession);
  const facilitator = isFacilitatorRole(gate.myRole);

  return (
    <section className="gate-step" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">You’re all set</h2>
      <div className="waiting" role="status" aria-live="polite">
        <span className="waiting__pulse" aria-hidden="true" />
        <p>
          {facilitator
            ? 'The session isn’t open yet. Open it when you’re ready and members can come in.'
            : 'Your facilitator hasn’t opened the session yet; this page will update by itself.'}
        </p>
      </div>
      <p className="small muted">Scheduled for {formatDateTime(gate.session.scheduledStart)}.</p>
      {facilitator ? (
        <>
          <ErrorNotice error={open.error}>
            {isApiError(open.error, 'TWO_STEP_REQUIRED') ? <Link to={paths.account}>Set up two-step sign-in</Link> : null}
          </ErrorNotice>
          <button
            type="button"
            className="button button--primary"
            disabled={open.pending}
            onClick={() => void open.run(gate.session.id).then((s) => s && onOpened())}
          >
            {open.pending ? 'Opening…' : 'Open the session now'}
          </button>
        </>
      ) : null}
    </section>
  );
}
