import { useId, useRef, useState, type ReactNode } from 'react';
import { ErrorNotice } from '@/components/Notice';

interface ConfirmDialogButtonProps {
  /** What the button says; `accessibleLabel` adds whom it is about when the label leaves it out. */
  label: ReactNode;
  accessibleLabel?: string;
  className: string;
  question: string;
  explanation: string;
  confirmLabel: string;
  /** Rejects with the reason it failed; the dialog stays open and says why. */
  onConfirm: () => Promise<unknown>;
}

/**
 * For what cannot be undone in the room (removing someone, ending the session): a modal question
 * with its own focus, Escape to cancel, and room enough on a phone, where a tile is too small to
 * hold the question in place.
 */
export function ConfirmDialogButton({ label, accessibleLabel, className, question, explanation, confirmLabel, onConfirm }: ConfirmDialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  function confirm() {
    setPending(true);
    setError(undefined);
    onConfirm()
      .then(() => dialog.current?.close())
      .catch((reason: unknown) => setError(reason))
      .finally(() => setPending(false));
  }

  return (
    <>
      <button type="button" className={className} aria-label={accessibleLabel} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={questionId} onClose={() => setError(undefined)}>
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
    </>
  );
}
