import { useQuery } from '@tanstack/react-query';
import { farewellsQuery } from '../api/membership-api';

/** In the room's panel: whose last session this is, and a prompt to plan the goodbye round. */
export function GoodbyeNotice({ sessionId }: { sessionId: string }) {
  const farewells = useQuery(farewellsQuery(sessionId));
  const names = farewells.data?.leaving.map((m) => m.firstName) ?? [];
  if (names.length === 0) return null;
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <div className="notice notice--info" data-testid="goodbye-notice">
      <p>
        <strong>Last session for {who}.</strong> Leave time for a goodbye round.
      </p>
    </div>
  );
}
