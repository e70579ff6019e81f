import { useEffect, useRef, useState } from 'react';

/**
 * The recovery codes, this once: the server keeps only their hashes. Copy and download both work
 * without a printer; copying falls back to saying how, where the clipboard is not available.
 */
export function RecoveryCodesOnce({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const text = `Hearth recovery codes. Each one works once.\n\n${codes.join('\n')}\n`;

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  }

  return (
    <div className="created-link" aria-labelledby="recovery-codes-heading" role="region">
      <h3 id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        Two-step sign-in is on. Save these recovery codes now
      </h3>
      <p>
        If you lose your phone, each code signs you in once in place of a code from the app. <strong>This is the only time you’ll see them</strong>: Hearth keeps
        only a scrambled copy. Keep them in a password manager or on paper, somewhere only you can reach.
      </p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy codes
        </button>
        <a className="button button--secondary" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="hearth-recovery-codes.txt">
          Download as a file
        </a>
        <button type="button" className="button button--primary" onClick={onDone}>
          I’ve saved them
        </button>
      </div>
      <p role="status" aria-live="polite" className="small">
        {copied === 'yes' ? 'Copied. Paste them somewhere safe.' : copied === 'no' ? 'Copying isn’t available here: select the codes and copy them by hand.' : ''}
      </p>
    </div>
  );
}
