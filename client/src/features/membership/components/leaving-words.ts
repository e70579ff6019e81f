import type { LeavingMember } from '@hearth/shared';
import { formatDateTime } from '@/lib/format';

/** "last session Wed 10 Dec, 20:30", or what stands in for it while the group has too few sessions. */
export const lastSessionText = (member: Pick<LeavingMember, 'finalSession'>) =>
  member.finalSession ? `last session ${formatDateTime(member.finalSession.scheduledStart)}` : 'last session not scheduled yet';

/** How the notice rule reads to a person: the Nth session from now is her last. */
export function noticeText(sessions: number) {
  if (sessions <= 1) return 'her next session is her last';
  return `she attends ${sessions} more sessions, the last one to say goodbye`;
}
