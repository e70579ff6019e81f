import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/Notice';
import { formatDateTime } from '@/lib/format';
import { sessionRecapQuery } from '../api/notes-api';
import '../notes.css';

/** On the ended session's page, for everyone in the group: the facilitator's recap, when there is one. */
export function SessionRecap({ sessionId }: { sessionId: string }) {
  const recap = useQuery(sessionRecapQuery(sessionId));
  if (recap.error) return <ErrorNotice error={recap.error} />;
  if (!recap.data?.recap) return null;
  return (
    <section className="panel recap-panel" aria-labelledby="recap-read-heading">
      <h2 id="recap-read-heading">What this session covered</h2>
      <p className="muted">A short recap from the facilitator, {formatDateTime(recap.data.recap.updatedAt)}.</p>
      <p className="notes-shared__text">{recap.data.recap.body}</p>
    </section>
  );
}
