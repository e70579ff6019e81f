import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface LiveButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'disabled' | 'type'> {
  onPress: () => void;
  /** Not possible right now (nobody waiting, already first). Stays focusable, says so, does nothing. */
  unavailable?: boolean;
  /** Lets focus come back to this control after the state redraws the panel under it. */
  focusKey?: string;
  children: ReactNode;
}

/**
 * A panel button that never uses `disabled`: a disabled button drops keyboard focus to the page,
 * and the live state can make a control impossible between a keypress and the next.
 */
export function LiveButton({ onPress, unavailable = false, focusKey, className = 'button button--secondary button--small', children, ...rest }: LiveButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={unavailable || undefined}
      data-focus-key={focusKey}
      onClick={unavailable ? undefined : onPress}
      {...rest}
    >
      {children}
    </button>
  );
}
