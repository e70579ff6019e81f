import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** What the first press says, e.g. "Remove". */
  label: string;
  /** A fuller name for screen readers when the visible label leaves out whom or what. */
  accessibleLabel?: string;
  /** The question asked before doing it, e.g. "Remove Maya from the group?" */
  question: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  variant?: 'danger' | 'secondary';
}

/**
 * A two-step button for things that cannot be undone: the question appears in place, focus moves
 * to it, and Cancel or Escape puts everything back. No browser dialog, so it works everywhere.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, pending = false, onConfirm, variant = 'danger' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        type="button"
        ref={triggerRef}
        className={`button button--${variant === 'danger' ? 'danger-outline' : variant} button--small`}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button type="button" ref={confirmRef} className="button button--danger button--small" disabled={pending} onClick={onConfirm}>
          {pending ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
