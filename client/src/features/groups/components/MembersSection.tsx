import { useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Member } from '@hearth/shared';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { formatDate } from '@/lib/format';
import { membersQuery } from '../api/groups-api';

const ROLE: Record<Member['role'], string> = { facilitator: 'Facilitator', co_facilitator: 'Co-facilitator', member: 'Member' };
const STATUS: Record<Member['status'], string> = { active: 'Active', leaving: 'Leaving', left: 'Left', removed: 'Removed' };

function AgreementStatus({ member, current }: { member: Member; current: number | null }) {
  if (current === null) return <span className="tag">No agreement yet</span>;
  if (member.signedCurrent) return <span className="tag tag--success">Signed version {member.signedVersion}</span>;
  if (member.signedVersion === null) return <span className="tag tag--warning">Not signed yet</span>;
  return <span className="tag tag--warning">Needs to re-sign (signed version {member.signedVersion})</span>;
}

interface MembersSectionProps {
  groupId: string;
  currentAgreementVersion: number | null;
  /** More about her status, e.g. her last session while she is leaving. */
  statusNote?: (member: Member) => ReactNode;
  /** What the facilitator can do about her; `done` says what happened and shows the members again. */
  actions?: (member: Member, done: (message: string) => void) => ReactNode;
}

/** Who is in the group, whether each has signed the current agreement, and what facilitators can do about it. */
export function MembersSection({ groupId, currentAgreementVersion, statusNote, actions }: MembersSectionProps) {
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(groupId));
  const [message, setMessage] = useState<string>();
  const done = (said: string) => {
    setMessage(said);
    void queryClient.invalidateQueries({ queryKey: ['groups', groupId] });
  };

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
                  {statusNote?.(member)}
                </td>
                <td data-label="Agreement">
                  <AgreementStatus member={member} current={currentAgreementVersion} />
                </td>
                <td className="stack-table__actions">{actions?.(member, done)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <StatusMessage tone="success">{message}</StatusMessage>
    </section>
  );
}
