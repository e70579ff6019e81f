import { worthRetrying } from '../lib/live-messages';
import { useLive } from '../hooks/live-context';

const LABEL = {
  connecting: 'Connecting to the session…',
  live: 'Live',
  reconnecting: 'Connection lost. Reconnecting… you keep your place.',
  stopped: 'Not connected',
} as const;

/** Whether what she sees is live, and what to do when it is not. */
export function ConnectionBar({ liveLabel = LABEL.live }: { liveLabel?: string }) {
  const { connection, problem, retry } = useLive();
  const label = connection === 'live' ? liveLabel : LABEL[connection];
  return (
    <div className={`live-connection live-connection--${connection}`} data-testid="live-connection" data-connection={connection}>
      <p className="live-connection__state" role="status" aria-live="polite">
        <span className="live-connection__dot" aria-hidden="true" />
        {label}
      </p>
      {problem ? (
        <div className="notice notice--error" role="alert">
          <p>{problem.message}</p>
          {connection === 'stopped' && worthRetrying(problem.code) ? (
            <button type="button" className="button button--secondary button--small" onClick={retry}>
              Try again
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
