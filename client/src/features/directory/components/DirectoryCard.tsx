import { Link } from 'react-router';
import type { DirectoryGroup } from '@hearth/shared';
import { paths } from '@/config/paths';
import { describeSchedule, formatCost, seatsText } from '../lib/schedule-display';

/** The facts a visitor weighs: when in her own time, how much, who leads it, whether there is room. */
export function ListingFacts({ group }: { group: DirectoryGroup }) {
  const when = describeSchedule(group);
  return (
    <dl className="facts">
      <div>
        <dt>When</dt>
        <dd>
          {when.yours}
          {when.sameZone ? null : <span className="block small muted">{when.groups}</span>}
          <span className="block small muted">{group.schedule.durationMinutes} minutes</span>
        </dd>
      </div>
      <div>
        <dt>Cost per session</dt>
        <dd>
          {formatCost(group.costPerSessionCents, group.currency)}
          {group.slidingScaleNote ? <span className="block small muted">{group.slidingScaleNote}</span> : null}
        </dd>
      </div>
      <div>
        <dt>Format</dt>
        <dd>
          {group.format === 'closed' ? 'Closed group' : 'Open group'}, at least {group.minimumCommitmentSessions}{' '}
          {group.minimumCommitmentSessions === 1 ? 'session' : 'sessions'}
        </dd>
      </div>
      <div>
        <dt>Seats</dt>
        <dd>{seatsText(group.seatsLeft)}</dd>
      </div>
      {group.startsOn || when.next ? (
        <div>
          <dt>{group.startsOn ? 'Starts' : 'Next session'}</dt>
          <dd>{when.next?.replace(/^Next: /, '') ?? group.startsOn}</dd>
        </div>
      ) : null}
      <div>
        <dt>Facilitator</dt>
        <dd>
          {group.facilitator.displayName}
          {group.facilitator.credential ? <span className="block small muted">{group.facilitator.credential}</span> : null}
        </dd>
      </div>
    </dl>
  );
}

export function DirectoryCard({ group }: { group: DirectoryGroup }) {
  return (
    <li className="card directory-card">
      <h2 className="card__title">
        <Link to={paths.directoryGroup(group.id)}>{group.name}</Link>
      </h2>
      <p className="card__meta">{group.focus}</p>
      <ListingFacts group={group} />
    </li>
  );
}
