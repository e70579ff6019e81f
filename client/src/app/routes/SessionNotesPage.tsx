import { useParams } from 'react-router';
import { SessionNotes } from '@/features/notes';

/** `/sessions/:sessionId/notes`: the facilitators' notes on one session. */
export function SessionNotesPage() {
  const { sessionId = '' } = useParams();
  return (
    <div className="page page--narrow">
      <SessionNotes sessionId={sessionId} />
    </div>
  );
}
