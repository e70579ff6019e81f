import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { myRequestsQuery } from '../api/join-requests-api';
import { statusLine } from './MyRequestStatus';

/** Her requests to join groups on the dashboard: where each stands, her waitlist place. Nothing when there are none. */
export function MyRequestsList() {
  const requests = useQuery(myRequestsQuery());
  const shown = requests.data?.filter((r) => r.status !== 'accepted') ?? [];
  if (shown.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="my-requests-heading">
      <h2 id="my-requests-heading">Your requests to join</h2>
      <ul className="row-list">
        {shown.map((r) => (
          <li key={r.id} className="row-list__item">
            <Link to={paths.directoryGroup(r.groupId)}>{r.groupName}</Link>
            <p className="small">{statusLine(r)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
