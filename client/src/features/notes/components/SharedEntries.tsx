import { JOURNAL_PROMPTS, type SharedJournalEntry } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

/** Journal entries members chose to share with the facilitators about this session. */
export function SharedEntries({ entries }: { entries: SharedJournalEntry[] }) {
  return (
    <section className="panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">Reflections members shared with you</h2>
      {entries.length === 0 ? (
        <p className="empty">None yet. A member’s journal is hers alone unless she shares an entry.</p>
      ) : (
        <ul className="notes-members">
          {entries.map((entry) => (
            <li key={entry.id} className="notes-member">
              <h3>{entry.displayName}</h3>
              <p className="muted">Shared {formatDateTime(entry.sharedAt)}</p>
              {JOURNAL_PROMPTS.filter((p) => entry[p.key]).map((prompt) => (
                <div key={prompt.key}>
                  <h4 className="notes-shared__prompt">{prompt.label}</h4>
                  <p className="notes-shared__text">{entry[prompt.key]}</p>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
