import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { firstName, isFacilitatorRole, isInGroup, type Group, type Member } from '@hearth/shared';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { AgreementSection } from '@/features/agreements/components/AgreementSection';
import { AgreementStep } from '@/features/agreements/components/AgreementStep';
import { groupQuery, myGroupsQuery } from '@/features/groups/api/groups-api';
import { GroupDetailsSection } from '@/features/groups/components/GroupDetailsSection';
import { FirstSteps } from '@/features/groups/components/FirstSteps';
import { GroupSummary } from '@/features/groups/components/GroupSummary';
import { MembersSection } from '@/features/groups/components/MembersSection';
import { RoleButton } from '@/features/groups/components/RoleButton';
import { SafetyCheckSetting } from '@/features/safety';
import { InvitesSection } from '@/features/invites/components/InvitesSection';
import { RequestsSection } from '@/features/join-requests/components/RequestsSection';
import { PlanSection } from '@/features/plans';
import { NextSessions } from '@/features/schedule';
import { formatSchedule } from '@/lib/format';
import { AuditSection } from '@/features/audit';
import { EndMembership, LeavingNotices, LeavingNoticeSetting, LeavingSection, lastSessionText, membershipQuery } from '@/features/membership';
import { useAuth } from '@/lib/auth-context';
import { MemberSessionsList } from '@/features/sessions/components/MemberSessionsList';
import { SessionsSection } from '@/features/sessions/components/SessionsSection';

const SECTIONS = [
  ['sessions', 'Sessions'],
  ['plan', 'Session plan'],
  ['agreement', 'Agreement'],
  ['requests', 'Requests'],
  ['invites', 'Invites'],
  ['members', 'Members'],
  ['history', 'History'],
  ['details', 'Details'],
] as const;

function FacilitatorView({ group, onChanged, reload }: { group: Group; onChanged: (g: Group) => void; reload: () => void }) {
  const leaving = useQuery(membershipQuery(group.id)).data?.leaving ?? [];
  const leavingNote = (member: Member) => {
    const found = member.status === 'leaving' ? leaving.find((m) => m.userId === member.userId) : undefined;
    return found ? <span className="tag tag--warning">Leaving — {lastSessionText(found)}</span> : null;
  };
  const endAction = (member: Member, done: (message: string) => void) =>
    isInGroup(member.status) ? (
      <>
        {group.myRole === 'facilitator' ? <RoleButton groupId={group.id} member={member} onChanged={done} /> : null}
        {member.role === 'member' ? (
          <EndMembership groupId={group.id} member={member} onEnded={(name) => done(`${name}’s membership has ended. The reason is in the group’s history.`)} />
        ) : null}
      </>
    ) : null;
  const unpublished = group.currentAgreementVersion === null;
  // The jump list follows the page: the agreement first while it is the next step.
  const sections = unpublished ? [...SECTIONS.filter(([id]) => id === 'agreement'), ...SECTIONS.filter(([id]) => id !== 'agreement')] : SECTIONS;
  // One keyed list, so publishing moves the agreement section rather than remounting it (which lost
  // its "published and signed by you" message the moment the group reloaded).
  const agreementAndSessions = [
    <AgreementSection key="agreement" groupId={group.id} onPublished={reload} />,
    <SessionsSection key="sessions" groupId={group.id} defaultMinutes={group.schedule.durationMinutes} scheduleLabel={formatSchedule(group.schedule)} />,
    <PlanSection key="plan" groupId={group.id} durationMinutes={group.schedule.durationMinutes} />,
  ];
  return (
    <>
      {/* Her own path (the profile step is hers): co-facilitators join a group already under way. */}
      {group.myRole === 'facilitator' ? <FirstSteps group={group} /> : null}
      <LeavingNotices groupId={group.id} facilitator />
      <nav aria-label="On this page" className="section-nav">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Until it is published the agreement is the next step, so it comes first. */}
      {unpublished ? agreementAndSessions : [...agreementAndSessions.slice(1), agreementAndSessions[0]]}
      <RequestsSection groupId={group.id} />
      <InvitesSection groupId={group.id} canInviteCoFacilitator={group.myRole === 'facilitator'} />
      <MembersSection
        key={group.currentAgreementVersion ?? 0}
        groupId={group.id}
        currentAgreementVersion={group.currentAgreementVersion}
        statusNote={leavingNote}
        actions={endAction}
      />
      <section className="panel" aria-label="Leaving">
        <LeavingNoticeSetting groupId={group.id} />
      </section>
      <section className="panel" aria-label="Safety check">
        <SafetyCheckSetting groupId={group.id} on={group.safetyCheck} onChanged={reload} />
      </section>
      <AuditSection groupId={group.id} />
      <GroupDetailsSection group={group} onSaved={onChanged} />
    </>
  );
}

/** After joining from an invite: a first-time visitor is welcomed as new, someone with an account as returning. */
function Welcome({ group }: { group: Group }) {
  const { user } = useAuth();
  const welcome = (useLocation().state as { welcome?: 'new' | 'returning' } | null)?.welcome;
  if (!welcome || !user) return null;
  const name = firstName(user.displayName);
  return (
    <div className="notice notice--success" role="status">
      <p>
        <strong>{welcome === 'new' ? `Welcome, ${name}!` : `Welcome back, ${name}.`}</strong> You’re now a member of {group.name}.
      </p>
    </div>
  );
}

function MemberView({ group }: { group: Group }) {
  const { user } = useAuth();
  return (
    <>
      <AgreementStep groupId={group.id} />
      <LeavingNotices groupId={group.id} facilitator={false} />
      <MemberSessionsList groupId={group.id} />
      <section className="panel" aria-labelledby="about-heading">
        <h2 id="about-heading">About the group</h2>
        <GroupSummary group={group} />
      </section>
      {user ? <LeavingSection groupId={group.id} userId={user.id} /> : null}
    </>
  );
}

export function GroupPage() {
  const { groupId = '' } = useParams();
  const queryClient = useQueryClient();
  const group = useQuery(groupQuery(groupId));
  const data = group.data;

  function saved(changed: Group) {
    queryClient.setQueryData(groupQuery(groupId).queryKey, changed);
    // The dashboard lists its name and schedule: it asks again rather than show the old ones.
    queryClient.removeQueries({ queryKey: myGroupsQuery().queryKey, exact: true });
  }

  return (
    <div className="page">
      <title>{pageTitle(data?.name ?? 'Group')}</title>
      <p className="breadcrumb">
        <Link to={paths.groups}>Your groups</Link>
      </p>
      {group.isPending ? <Loading label="Loading the group…" /> : null}
      <ErrorNotice error={group.error} />
      {data ? (
        <>
          <div className="page__header">
            <div>
              <p className="eyebrow">{isFacilitatorRole(data.myRole) ? 'You facilitate this group' : 'Your group'}</p>
              <h1>{data.name}</h1>
              <p className="lead">{data.focus}</p>
            </div>
          </div>
          {isFacilitatorRole(data.myRole) ? null : <Welcome group={data} />}
          <NextSessions groupId={data.id} />
          {isFacilitatorRole(data.myRole) ? <FacilitatorView group={data} onChanged={saved} reload={() => void group.refetch()} /> : <MemberView group={data} />}
        </>
      ) : null}
    </div>
  );
}
