import { useEffect, useState } from 'react';
import { useCommand } from '../../hooks/use-command';
import { CommandError } from '../CommandError';
import { LiveButton } from '../LiveButton';

const CONFIRMATION_MS = 20_000;

/** "I need a moment": a private word to the facilitators only, confirmed to her when it arrives. */
export function MomentButton() {
  const command = useCommand();
  const [sentAt, setSentAt] = useState<number | null>(null);

  useEffect(() => {
    if (sentAt === null) return;
    const id = window.setTimeout(() => setSentAt(null), CONFIRMATION_MS);
    return () => window.clearTimeout(id);
  }, [sentAt]);

  const send = async () => {
    if (await command.send('signal:moment', {})) setSentAt(Date.now());
  };

  return (
    <section className="live-card moment" aria-labelledby="moment-heading">
      <h3 id="moment-heading" className="live-card__title">
        Need a moment?
      </h3>
      <p className="small muted">Only your facilitators will see this. Nobody else in the group is told.</p>
      <LiveButton focusKey="moment" onPress={() => void send()}>
        {command.pending ? 'Sending…' : 'I need a moment'}
      </LiveButton>
      <p className={sentAt ? 'live-confirm' : 'visually-hidden'} role="status" aria-live="polite">
        {sentAt ? 'Sent. Your facilitators know, and only they do.' : ''}
      </p>
      <CommandError error={command.error} />
    </section>
  );
}
