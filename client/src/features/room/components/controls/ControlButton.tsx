import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

interface ControlButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  icon: ReactNode;
  label: ReactNode;
  /** Shown to keyboard users with a pointer that hovers (hidden on touch screens). */
  shortcut?: string;
  tone?: 'plain' | 'danger' | 'off';
}

/** An icon with its word under it, the way Zoom and LiveKit Meet lay out a call's controls, and big enough for a thumb. */
export const ControlButton = forwardRef<HTMLButtonElement, ControlButtonProps>(function ControlButton(
  { icon, label, shortcut, tone = 'plain', className = '', ...rest },
  ref,
) {
  return (
    <button ref={ref} type="button" className={`control control--${tone} ${className}`.trim()} aria-keyshortcuts={shortcut} {...rest}>
      <span className="control__icon">{icon}</span>
      <span className="control__label">{label}</span>
      {shortcut ? (
        <kbd className="shortcut-hint" aria-hidden="true">
          {shortcut}
        </kbd>
      ) : null}
    </button>
  );
});
