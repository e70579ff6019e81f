import type { ButtonHTMLAttributes } from 'react';

interface SubmitButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  pending: boolean;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** Keeps its name while idle so it is easy to find; says what is happening while busy. */
export function SubmitButton({ pending, pendingLabel, variant = 'primary', children, className, ...rest }: SubmitButtonProps) {
  return (
    <button type="submit" className={`button button--${variant} ${className ?? ''}`.trim()} aria-disabled={pending} disabled={pending} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
