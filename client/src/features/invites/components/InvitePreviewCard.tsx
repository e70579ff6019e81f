import type { InvitePreview } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';
import { ListingFacts } from '@/features/directory';

/** The group as the directory would show it: when in her own time, cost, who leads it; never its members. */
export function InvitePreviewCard({ preview }: { preview: InvitePreview }) {
  const { group } = preview;
  return (
    <>
      <div className="invite-card">
        <p className="eyebrow">{preview.role === 'co_facilitator' ? 'You’re invited to co-facilitate' : 'You’re invited to join'}</p>
        <h1 tabIndex={-1}>{group.name}</h1>
        <p className="lead">{group.focus}</p>
      </div>
      <section className="panel" aria-labelledby="invite-about-heading">
        <h2 id="invite-about-heading">About the group</h2>
        {group.description ? <p className="prose">{group.description}</p> : null}
        <ListingFacts group={group} />
        <p className="small muted">This invite works until {formatDateTime(preview.expiresAt)}.</p>
      </section>
      {group.facilitator.credential || group.facilitator.bio ? (
        <section className="panel" aria-labelledby="invite-facilitator-heading">
          <h2 id="invite-facilitator-heading">Your facilitator</h2>
          <p>
            <strong>{group.facilitator.displayName}</strong>
            {group.facilitator.credential ? `, ${group.facilitator.credential}` : null}
          </p>
          {group.facilitator.bio ? <p className="prose">{group.facilitator.bio}</p> : null}
        </section>
      ) : null}
    </>
  );
}
