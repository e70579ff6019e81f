import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { paths } from '@/config/paths';
import { createEntry, journalQuery, sessionJournalQuery } from '../api/journal-api';
import { JournalEntryForm } from './JournalEntryForm';
import '../journal.css';

/**
 * On the ended session's page, for her: an invitation to reflect while the session is fresh. What she
 * writes goes to her journal, where only she can read it.
 */
export function SessionReflection({ sessionId }: { sessionId: string }) {
  const queryClient = useQueryClient();
  const mine = useQuery(sessionJournalQuery(sessionId));
  const [writing, setWriting] = useState(false);
  const [saved, setSaved] = useState(false);
  const count = mine.data?.length ?? 0;
  const showForm = mine.data !== undefined && (count === 0 || writing);

  return (
    <section className="panel journal-invite" aria-labelledby="reflect-heading">
      <h2 id="reflect-heading">Take a moment to reflect</h2>
      <p>
        While the session is fresh: what stayed with you? <strong>Only you can read what you write here.</strong> You can share a single entry with the facilitators
        later, from your journal, if you want to.
      </p>
      {mine.isPending ? <Loading label="Loading your journal…" /> : null}
      <ErrorNotice error={mine.error} />
      {count > 0 ? (
        <p>
          You wrote {count === 1 ? 'a reflection' : `${count} reflections`} on this session. <Link to={paths.journal}>Read or change it in your journal</Link>.
        </p>
      ) : null}
      {showForm ? (
        <JournalEntryForm
          submitLabel="Save to my journal"
          onCancel={count > 0 ? () => setWriting(false) : undefined}
          onSubmit={async (answers) => {
            await createEntry({ sessionId, ...answers });
            setWriting(false);
            setSaved(true);
            await Promise.all([
              queryClient.invalidateQueries({ queryKey: sessionJournalQuery(sessionId).queryKey }),
              queryClient.invalidateQueries({ queryKey: journalQuery().queryKey, exact: true }),
            ]);
          }}
        />
      ) : count > 0 ? (
        <button type="button" className="button button--secondary" onClick={() => (setSaved(false), setWriting(true))}>
          Write another reflection
        </button>
      ) : null}
      <StatusMessage tone="success">{saved ? 'Saved to your journal. Only you can read it.' : null}</StatusMessage>
    </section>
  );
}
