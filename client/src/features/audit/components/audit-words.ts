import type { AuditEntry } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

const ROLE: Record<string, string> = { facilitator: 'facilitator', co_facilitator: 'co-facilitator', member: 'member' };

/** One entry of the history as a sentence a facilitator reads at a glance. */
export function describe(entry: AuditEntry): string {
  const actor = entry.actor?.name ?? 'Hearth';
  const subject = entry.subject?.name ?? 'someone';
  const version = entry.detail.version;
  const session = entry.session ? ` (session of ${formatDateTime(entry.session.scheduledStart)})` : '';
  switch (entry.action) {
    case 'agreement.publish':
      return `${actor} published version ${String(version)} of the agreement`;
    case 'agreement.accept':
      return `${actor} signed version ${String(version)} of the agreement`;
    case 'invite.accept':
      return `${actor} joined the group with an invite`;
    case 'session.admit':
      return `${actor} let ${subject} in from the waiting room${session}`;
    case 'session.remove_participant':
      return `${actor} removed ${subject} from a session${session}`;
    case 'member.remove':
      return `${actor} ended ${subject}’s membership`;
    case 'member.leaving':
      return `${subject} said she is leaving${entry.session ? ` — last session ${formatDateTime(entry.session.scheduledStart)}` : ''}`;
    case 'member.leaving_withdrawn':
      return `${subject} took back saying she is leaving`;
    case 'member.left':
      return `${subject} left the group after her last session${session}`;
    case 'group.leaving_notice':
      return `${actor} set the notice for leaving to ${String(entry.detail.sessions)} sessions`;
    default: {
      const to = entry.detail.to ?? entry.detail.role;
      if (entry.action.startsWith('member.') && typeof to === 'string') return `${actor} made ${subject} ${ROLE[to] ?? to}`;
      return `${actor}: ${entry.action.replaceAll(/[._]/g, ' ')}${entry.subject ? ` — ${subject}` : ''}`;
    }
  }
}

/** What kind of entry it is, for the tag beside it. */
export function kind(action: string): string {
  if (action.startsWith('agreement.')) return 'Consent';
  if (action === 'session.admit' || action === 'invite.accept' || action.startsWith('join_request.')) return 'Admission';
  if (action === 'session.remove_participant' || action === 'member.remove') return 'Moderation';
  if (action.startsWith('member.leaving') || action === 'member.left' || action === 'group.leaving_notice') return 'Leaving';
  return 'Membership';
}
