import { useEffect, useId, useRef, useState } from 'react';
import { ErrorNotice } from '@/components/Notice';

export interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  question: string;
  explanation: string;
  confirmLabel: string;
  /** Rejects with the reason it failed; the dialog stays open and says why. */
  onConfirm: () => Promise<unknown>;
}

/**
 * For what cannot be undone in the room (removing someone, ending the session): a modal question
 * with its own focus, Escape to cancel, and room enough on a phone. Cancel has focus first, so a
 * stray Enter never removes anyone.
 */
export function ConfirmDialog({ open, onClose, question, explanation, confirmLabel, onConfirm }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  function confirm() {
    setPending(true);
    setError(undefined);
    onConfirm()
      .then(() => dialog.current?.close())
      .catch((reason: unknown) => setError(reason))
      .finally(() => setPending(false));
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={questionId}
      onClose={() => {
        setError(undefined);
        onClose();
      }}
    >
      <h3 id={questionId} className="confirm-dialog__question">
        {question}
      </h3>
      <p>{explanation}</p>
      <ErrorNotice error={error} fallback="That didn’t work. Check your connection and try again." />
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={pending} onClick={confirm}>
          {pending ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
