import { Link } from 'react-router';
import { isFacilitatorRole, type Group } from '@hearth/shared';
import { paths } from '@/config/paths';
import { formatSchedule } from '@/lib/format';

const ROLE_LABEL: Record<Group['myRole'], string> = {
  facilitator: 'You facilitate',
  co_facilitator: 'You co-facilitate',
  member: 'You’re a member',
};

/** What waits for a facilitator's decision, said where she lands: requests to review, and a seat free while people wait. */
function RequestsTags({ requests }: { requests: Group['requests'] }) {
  if (!requests) return null;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <>
      {requests.waitingWithSeatFree > 0 ? (
        <span className="tag tag--warning">A seat is free — {plural(requests.waitingWithSeatFree, 'person', 'people')} on the waitlist</span>
      ) : null}
      {requests.pending > 0 ? <span className="tag tag--accent">{plural(requests.pending, 'request', 'requests')} to review</span> : null}
    </>
  );
}

export function GroupList({ groups }: { groups: Group[] }) {
  return (
    <ul className="card-list">
      {groups.map((group) => (
        <li key={group.id} className="card">
          <h3 className="card__title">
            <Link to={paths.group(group.id)}>{group.name}</Link>
          </h3>
          <p className="card__meta">{group.focus}</p>
          <p className="card__meta">{formatSchedule(group.schedule)}</p>
          <p className="tag-row">
            <span className={isFacilitatorRole(group.myRole) ? 'tag tag--accent' : 'tag'}>{ROLE_LABEL[group.myRole]}</span>
            {isFacilitatorRole(group.myRole) && group.currentAgreementVersion === null ? <span className="tag tag--warning">No agreement yet</span> : null}
            <RequestsTags requests={group.requests} />
          </p>
        </li>
      ))}
    </ul>
  );
}
