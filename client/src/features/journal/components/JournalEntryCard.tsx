import { useState } from 'react';
import type { JournalEntry } from '@hearth/shared';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorNotice } from '@/components/Notice';
import { formatDate, formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { deleteEntry, setShared, updateEntry } from '../api/journal-api';
import { JournalAnswersView } from './JournalAnswersView';
import { JournalEntryForm } from './JournalEntryForm';

interface Props {
  entry: JournalEntry;
  /** After any change: the page reloads the list and says what happened. */
  onChanged: (said: string) => Promise<unknown>;
}

/** One entry: its answers, whether the facilitators can read it, and what she can do with it. */
export function JournalEntryCard({ entry, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const when = entry.sessionStart ? formatDateTime(entry.sessionStart) : formatDate(entry.createdAt);
  const title = entry.groupName ? `${entry.groupName}, ${when}` : `Written ${when}`;
  const sharing = useAction(async (shared: boolean) => {
    await setShared(entry.id, shared);
    await onChanged(shared ? `Shared with the facilitators: ${title}.` : `Only you can read it again: ${title}.`);
  });
  const removal = useAction(async () => {
    await deleteEntry(entry.id);
    await onChanged(`Deleted: ${title}.`);
  });

  return (
    <li className="card journal-entry">
      <article aria-label={title}>
        <div className="journal-entry__header">
          <h2>{title}</h2>
          {entry.sharedAt ? <span className="tag tag--accent">Shared with the facilitators</span> : <span className="tag">Only you</span>}
        </div>
        {editing ? (
          <JournalEntryForm
            initial={entry}
            submitLabel="Save changes"
            onCancel={() => setEditing(false)}
            onSubmit={async (answers) => {
              await updateEntry(entry.id, answers);
              setEditing(false);
              await onChanged(`Saved: ${title}.`);
            }}
          />
        ) : (
          <JournalAnswersView entry={entry} />
        )}
        <ErrorNotice error={sharing.error ?? removal.error} />
        {editing ? null : (
          <div className="button-row">
            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> {title}</span>
            </button>
            {entry.sessionId ? (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-disabled={sharing.pending}
                disabled={sharing.pending}
                onClick={() => void sharing.run(!entry.sharedAt)}
              >
                {entry.sharedAt ? 'Stop sharing' : 'Share with the facilitators'}
                <span className="visually-hidden"> {title}</span>
              </button>
            ) : null}
            <ConfirmButton
              label="Delete"
              accessibleLabel={`Delete ${title}`}
              question="Delete this entry for good? It cannot be brought back."
              confirmLabel="Yes, delete it"
              pending={removal.pending}
              onConfirm={() => void removal.run()}
            />
          </div>
        )}
      </article>
    </li>
  );
}
