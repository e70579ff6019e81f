import { endSession } from '@/features/sessions';
import { ConfirmDialogButton } from './ConfirmDialogButton';

/** Ends it for everyone: the server closes the room, and every page (hers too) hears that it ended. */
export function EndSessionButton({ sessionId }: { sessionId: string }) {
  return (
    <ConfirmDialogButton
      label="End the session"
      className="button button--danger"
      question="End this session for everyone?"
      explanation="Everyone leaves the room now, and nobody can rejoin this session."
      confirmLabel="Yes, end it for everyone"
      onConfirm={() => endSession(sessionId)}
    />
  );
}
