import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { firstName } from '@/lib/format';
import { useAuth } from '@/lib/auth-context';
import { myGroupsQuery } from '@/features/groups/api/groups-api';
import { GroupList } from '@/features/groups/components/GroupList';
import { NextSessions } from '@/features/schedule';
import { MyRequestsList } from '@/features/join-requests/components/MyRequestsList';

export function DashboardPage() {
  const { user } = useAuth();
  const groups = useQuery(myGroupsQuery());

  return (
    <div className="page">
      <title>{pageTitle('Your groups')}</title>
      <div className="page__header">
        <div>
          <p className="eyebrow">{user ? `Hello, ${firstName(user.displayName)}` : null}</p>
          <h1>Your groups</h1>
        </div>
        <Link className="button button--primary" to={paths.newGroup}>
          Start a new group
        </Link>
      </div>
      {groups.isPending ? <Loading label="Loading your groups…" /> : null}
      <ErrorNotice error={groups.error}>
        <button type="button" className="button button--secondary" onClick={() => void groups.refetch()}>
          Try again
        </button>
      </ErrorNotice>
      {groups.data?.length === 0 ? (
        <div className="panel empty">
          <h2>No groups yet</h2>
          <p>If you facilitate, start a group and invite its members. If you were invited, open the link your facilitator sent you.</p>
        </div>
      ) : null}
      {groups.data && groups.data.length > 0 ? (
        <>
          <NextSessions showGroupName />
          <GroupList groups={groups.data} />
        </>
      ) : null}
      <MyRequestsList />
      <p className="aside">
        Looking for a group? <Link to={paths.directory}>Browse the directory</Link>
      </p>
    </div>
  );
}
