import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { exportUrl, journalQuery } from '../api/journal-api';
import { JournalEntryCard } from './JournalEntryCard';
import '../journal.css';

/** Her journal: every reflection she wrote, to read, change, share one at a time, delete and take with her. */
export function Journal() {
  const queryClient = useQueryClient();
  const journal = useQuery(journalQuery());
  const [said, setSaid] = useState<string>();
  const entries = journal.data ?? [];

  const changed = async (message: string) => {
    setSaid(message);
    await queryClient.invalidateQueries({ queryKey: journalQuery().queryKey });
  };

  return (
    <>
      <p>
        Your reflections after each session. <strong>Only you can read them</strong>, unless you share an entry with your group’s facilitators; you can stop sharing
        it at any time. They are stored encrypted.
      </p>
      <div className="button-row" role="group" aria-label="Download your journal">
        <a className="button button--secondary button--small" href={exportUrl('markdown')} download>
          Download as text (Markdown)
        </a>
        <a className="button button--secondary button--small" href={exportUrl('json')} download>
          Download as JSON
        </a>
      </div>
      <StatusMessage tone="success">{said}</StatusMessage>
      {journal.isPending ? <Loading label="Loading your journal…" /> : null}
      <ErrorNotice error={journal.error} />
      {journal.data && entries.length === 0 ? (
        <p className="empty">Nothing here yet. After a session has ended, its page invites you to write a few lines.</p>
      ) : null}
      <ul className="journal-list">
        {entries.map((entry) => (
          <JournalEntryCard key={entry.id} entry={entry} onChanged={changed} />
        ))}
      </ul>
    </>
  );
}
