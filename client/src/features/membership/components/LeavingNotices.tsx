import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/Notice';
import { membershipQuery } from '../api/membership-api';
import { lastSessionText } from './leaving-words';

/**
 * Who is leaving the group, for everyone in it: first names and last sessions, so the group sees it
 * coming. Facilitators are asked to plan a goodbye round in that session.
 */
export function LeavingNotices({ groupId, facilitator }: { groupId: string; facilitator: boolean }) {
  const overview = useQuery(membershipQuery(groupId));
  const leaving = overview.data?.leaving ?? [];
  if (overview.error) return <ErrorNotice error={overview.error} />;
  if (leaving.length === 0) return null;
  return (
    <section className="notice notice--info" aria-labelledby="leaving-heading" data-testid="leaving-notices">
      <h2 id="leaving-heading">Saying goodbye</h2>
      <ul>
        {leaving.map((m) => (
          <li key={m.userId}>
            <strong>{m.firstName}</strong> is leaving — {lastSessionText(m)}.
          </li>
        ))}
      </ul>
      {facilitator ? <p>Plan a goodbye round in each of those sessions, so the group can say goodbye together.</p> : null}
    </section>
  );
}
