import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Member } from '@hearth/shared';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { formatDate } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { membersQuery, removeMember } from '../api/groups-api';

const ROLE: Record<Member['role'], string> = { facilitator: 'Facilitator', co_facilitator: 'Co-facilitator', member: 'Member' };
const STATUS: Record<Member['status'], string> = { active: 'Active', leaving: 'Leaving', left: 'Left', removed: 'Removed' };

function AgreementStatus({ member, current }: { member: Member; current: number | null }) {
  if (current === null) return <span className="tag">No agreement yet</span>;
  if (member.signedCurrent) return <span className="tag tag--success">Signed version {member.signedVersion}</span>;
  if (member.signedVersion === null) return <span className="tag tag--warning">Not signed yet</span>;
  return <span className="tag tag--warning">Needs to re-sign (signed version {member.signedVersion})</span>;
}

/** Who is in the group, whether each has signed the current agreement, and removal for facilitators. */
export function MembersSection({ groupId, currentAgreementVersion }: { groupId: string; currentAgreementVersion: number | null }) {
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(groupId));
  const [removed, setRemoved] = useState<string>();
  const remove = useAction(async (member: Member) => {
    await removeMember(groupId, member.userId);
    setRemoved(member.displayName);
    await queryClient.invalidateQueries({ queryKey: membersQuery(groupId).queryKey });
  });

  return (
    <section className="panel" aria-labelledby="members-heading" id="members">
      <h2 id="members-heading">Members</h2>
      {members.isPending ? <Loading label="Loading members…" /> : null}
      <ErrorNotice error={members.error} />
      {members.data ? (
        <table className="stack-table">
          <caption className="visually-hidden">Members, their status and the agreement version each signed</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role and status</th>
              <th scope="col">Agreement</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.userId}>
                <th scope="row" data-label="Name">
                  {member.displayName}
                  <span className="muted small block">{member.email}</span>
                </th>
                <td data-label="Role and status">
                  {ROLE[member.role]} · {STATUS[member.status]}
                  <span className="muted small block">since {formatDate(member.joinedAt)}</span>
                </td>
                <td data-label="Agreement">
                  <AgreementStatus member={member} current={currentAgreementVersion} />
                </td>
                <td className="stack-table__actions">
                  {member.role === 'member' && member.status === 'active' ? (
                    <ConfirmButton
                      label="Remove"
                      accessibleLabel={`Remove ${member.displayName}`}
                      question={`Remove ${member.displayName} from the group? They will no longer be able to join its sessions.`}
                      confirmLabel="Yes, remove"
                      pending={remove.pending}
                      onConfirm={() => void remove.run(member)}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ErrorNotice error={remove.error} />
      <StatusMessage tone="success">{removed ? `${removed} was removed from the group.` : null}</StatusMessage>
    </section>
  );
}
