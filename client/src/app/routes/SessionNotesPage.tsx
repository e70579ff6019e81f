import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { SessionNotes } from '@/features/notes';

/** `/sessions/:sessionId/notes`: the facilitators' notes on one session, beside a link to its report. */
export function SessionNotesPage() {
  const { sessionId = '' } = useParams();
  return (
    <div className="page page--narrow">
      <SessionNotes sessionId={sessionId} reportPath={paths.sessionReport(sessionId)} />
    </div>
  );
}
