import type { InvitePreview } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

export function InvitePreviewCard({ preview }: { preview: InvitePreview }) {
  return (
    <div className="invite-card">
      <p className="eyebrow">You’re invited to join</p>
      <h1 tabIndex={-1}>{preview.groupName}</h1>
      <dl className="facts">
        <div>
          <dt>Focus</dt>
          <dd>{preview.focus}</dd>
        </div>
        <div>
          <dt>Facilitator</dt>
          <dd>{preview.facilitatorName}</dd>
        </div>
        <div>
          <dt>This invite works until</dt>
          <dd>{formatDateTime(preview.expiresAt)}</dd>
        </div>
      </dl>
    </div>
  );
}
