import type { ReactNode } from 'react';
import { friendlyMessage } from '@/lib/error-messages';

/** A failure, said plainly, announced at once to screen readers. */
export function ErrorNotice({ error, fallback, children }: { error: unknown; fallback?: string; children?: ReactNode }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{friendlyMessage(error, fallback)}</p>
      {children}
    </div>
  );
}

/**
 * A status that changes while the person is on the page. The live region is always rendered, so
 * screen readers announce a message that appears in it later.
 */
export function StatusMessage({ children, tone = 'info' }: { children?: ReactNode; tone?: 'info' | 'success' }) {
  return (
    <div className={children ? `notice notice--${tone}` : 'visually-hidden'} role="status" aria-live="polite">
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
