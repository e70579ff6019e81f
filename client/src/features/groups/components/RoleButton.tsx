import type { Member } from '@hearth/shared';
import { ErrorNotice } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { setMemberRole } from '../api/groups-api';

interface Props {
  groupId: string;
  member: Pick<Member, 'userId' | 'displayName' | 'role'>;
  onChanged: (message: string) => void;
}

/**
 * For the group's facilitator only: make a member her co-facilitator (who takes no member's seat and
 * runs sessions with her), or make a co-facilitator a member again. Her own row has no button.
 */
export function RoleButton({ groupId, member, onChanged }: Props) {
  const promote = member.role === 'member';
  const change = useAction(async () => {
    await setMemberRole(groupId, member.userId, { role: promote ? 'co_facilitator' : 'member' });
    onChanged(promote ? `${member.displayName} is now a co-facilitator.` : `${member.displayName} is a member again.`);
  });
  if (member.role === 'facilitator') return null;
  return (
    <>
      <button type="button" className="button button--secondary button--small" aria-busy={change.pending || undefined} onClick={() => void change.run()}>
        {promote ? 'Make co-facilitator' : 'Make member again'}
        <span className="visually-hidden">: {member.displayName}</span>
      </button>
      <ErrorNotice error={change.error} />
    </>
  );
}
