import { useEffect, useId, useRef, useState } from 'react';
import type { CreatedInvite } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

/**
 * The new link, shown this once: the server keeps only its hash. Copying falls back to selecting
 * the text, so the person can copy it by hand where the clipboard is not available.
 */
export function CreatedInviteLink({ invite, onDone }: { invite: CreatedInvite; onDone: () => void }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  useEffect(() => inputRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('select');
    }
  }

  return (
    <div className="created-link">
      <h3>Your invite link{invite.label ? ` for ${invite.label}` : ''}</h3>
      <p>
        {invite.role === 'co_facilitator'
          ? `Send this link to her privately. It makes her a co-facilitator of the group, works once and until ${formatDateTime(invite.expiresAt)}.`
          : invite.maxUses === 1
            ? `Send this link to the person privately. It works once and until ${formatDateTime(invite.expiresAt)}.`
            : `Share this link where you choose. Up to ${invite.maxUses} people can join with it until ${formatDateTime(invite.expiresAt)}.`}{' '}
        For your privacy we don’t store it, so copy it now — you won’t see it again.
      </p>
      <label htmlFor={inputId}>Invite link</label>
      <div className="copy-row">
        <input id={inputId} ref={inputRef} readOnly value={invite.url} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" aria-live="polite" className="small">
        {copied === 'yes' ? 'Copied. Paste it into a private message.' : copied === 'select' ? 'The link is selected: press Ctrl+C (or ⌘C) to copy it.' : ''}
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
