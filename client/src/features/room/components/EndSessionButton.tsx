import { endSession } from '@/features/sessions';
import { ConfirmDialogButton } from './ConfirmDialogButton';
import { EndIcon } from './controls/icons';

/** Ends it for everyone: the server closes the room, and every page (hers too) hears that it ended. */
export function EndSessionButton({ sessionId }: { sessionId: string }) {
  return (
    <ConfirmDialogButton
      label={
        <>
          <span className="control__icon">
            <EndIcon />
          </span>
          <span className="control__label">
            End<span className="visually-hidden"> the session</span>
          </span>
        </>
      }
      className="control control--danger"
      question="End this session for everyone?"
      explanation="Everyone leaves the room now, and nobody can rejoin this session."
      confirmLabel="Yes, end it for everyone"
      onConfirm={() => endSession(sessionId)}
    />
  );
}
