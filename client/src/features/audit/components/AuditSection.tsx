import { useInfiniteQuery } from '@tanstack/react-query';
import { ErrorNotice, Loading } from '@/components/Notice';
import { formatDateTime } from '@/lib/format';
import { auditQuery } from '../api/audit-api';
import { describe, kind } from './audit-words';

/**
 * The group's consent and moderation history for its facilitators, newest first: who signed which
 * version, who was let in or removed, memberships ended (with the reason), leaving, role changes.
 */
export function AuditSection({ groupId }: { groupId: string }) {
  const history = useInfiniteQuery(auditQuery(groupId));
  const entries = history.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section className="panel" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">History</h2>
      <p className="muted">Consent and moderation in this group, newest first. Only the group’s facilitators see it.</p>
      {history.isPending ? <Loading label="Loading the history…" /> : null}
      <ErrorNotice error={history.error} />
      {history.data && entries.length === 0 ? <p className="empty">Nothing yet.</p> : null}
      {entries.length > 0 ? (
        <ol className="row-list" data-testid="history-list">
          {entries.map((entry) => (
            <li key={entry.id} className="row-list__item">
              <div>
                <p className="row-list__title">{describe(entry)}</p>
                {typeof entry.detail.reason === 'string' ? <p className="small">Reason: {entry.detail.reason}</p> : null}
                <p className="muted small">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
              </div>
              <span className="tag">{kind(entry.action)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {history.hasNextPage ? (
        <button type="button" className="button button--secondary button--small" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {history.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      ) : null}
    </section>
  );
}
