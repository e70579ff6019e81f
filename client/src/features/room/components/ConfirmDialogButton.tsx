import { useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

interface ConfirmDialogButtonProps extends Omit<ConfirmDialogProps, 'open' | 'onClose'> {
  /** What the button says; `accessibleLabel` adds whom it is about when the label leaves it out. */
  label: ReactNode;
  accessibleLabel?: string;
  className: string;
}

/** A button that asks first (see ConfirmDialog). */
export function ConfirmDialogButton({ label, accessibleLabel, className, ...dialog }: ConfirmDialogButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={accessibleLabel} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog open={open} onClose={() => setOpen(false)} {...dialog} />
    </>
  );
}
