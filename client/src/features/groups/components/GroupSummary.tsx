import type { Group } from '@hearth/shared';
import { formatDate, formatMoney, formatSchedule } from '@/lib/format';

/** The facts of a group, as members and facilitators both see them. */
export function GroupSummary({ group }: { group: Group }) {
  return (
    <dl className="facts">
      <div>
        <dt>Focus</dt>
        <dd>{group.focus}</dd>
      </div>
      <div>
        <dt>When</dt>
        <dd>{formatSchedule(group.schedule)}</dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>Up to {group.capacity} members</dd>
      </div>
      <div>
        <dt>Cost per session</dt>
        <dd>{group.costPerSessionCents === 0 ? 'Free' : formatMoney(group.costPerSessionCents, group.currency)}</dd>
      </div>
      <div>
        <dt>Format</dt>
        <dd>
          {group.format === 'closed' ? 'Closed' : 'Open'}, at least {group.minimumCommitmentSessions}{' '}
          {group.minimumCommitmentSessions === 1 ? 'session' : 'sessions'}
        </dd>
      </div>
      {group.startsOn ? (
        <div>
          <dt>Starts</dt>
          <dd>{formatDate(`${group.startsOn}T12:00:00Z`)}</dd>
        </div>
      ) : null}
      {group.description ? (
        <div className="facts__wide">
          <dt>About</dt>
          <dd className="prose">{group.description}</dd>
        </div>
      ) : null}
    </dl>
  );
}
