import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import type { DirectoryGroupDetail } from '@hearth/shared';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { useAuth } from '@/lib/auth-context';
import { directoryGroupQuery } from '@/features/directory/api/directory-api';
import { ListingFacts } from '@/features/directory/components/DirectoryCard';
import { CrisisResources } from '@/features/directory/components/CrisisResources';
import { myRequestForGroupQuery } from '@/features/join-requests/api/join-requests-api';
import { JoinRequestForm } from '@/features/join-requests/components/JoinRequestForm';
import { MyRequestStatus } from '@/features/join-requests/components/MyRequestStatus';
import '@/features/directory/directory.css';

/** Signed out: the way to sign up or in, and back here. Signed in: her request, or the form to make one. */
function RequestArea({ group }: { group: DirectoryGroupDetail }) {
  const { user } = useAuth();
  const location = useLocation();
  const mine = useQuery({ ...myRequestForGroupQuery(group.id), enabled: Boolean(user) });
  if (user === undefined) return <Loading />;
  if (user === null) {
    const next = encodeURIComponent(location.pathname);
    return (
      <section className="panel" aria-labelledby="ask-heading">
        <h2 id="ask-heading">{group.seatsLeft === 0 ? 'Join the waitlist' : 'Ask to join'}</h2>
        <p>To ask to join, create an account or sign in. You will come straight back to this page.</p>
        <div className="button-row">
          <Link className="button button--primary" to={`${paths.signUp}?next=${next}`}>
            Create an account
          </Link>
          <Link className="button button--secondary" to={`${paths.signIn}?next=${next}`}>
            Sign in
          </Link>
        </div>
      </section>
    );
  }
  if (mine.isPending) return <Loading label="Checking for your request…" />;
  if (mine.error) return <ErrorNotice error={mine.error} />;
  if (mine.data.request) return <MyRequestStatus request={mine.data.request} />;
  return (
    <section className="panel">
      <JoinRequestForm group={group} />
    </section>
  );
}

export function DirectoryGroupPage() {
  const { groupId = '' } = useParams();
  const group = useQuery(directoryGroupQuery(groupId));
  const data = group.data;

  return (
    <div className="page">
      <title>{pageTitle(data?.name ?? 'Group')}</title>
      <p className="breadcrumb">
        <Link to={paths.directory}>Find a group</Link>
      </p>
      {group.isPending ? <Loading label="Loading the group…" /> : null}
      <ErrorNotice error={group.error} />
      {data ? (
        <>
          <div className="page__header">
            <div>
              <p className="eyebrow">Group in the directory</p>
              <h1>{data.name}</h1>
              <p className="lead">{data.focus}</p>
            </div>
          </div>
          <div className="directory-detail">
            <div>
              <section className="panel" aria-labelledby="about-heading">
                <h2 id="about-heading">About the group</h2>
                {data.description ? <p className="prose">{data.description}</p> : null}
                <ListingFacts group={data} />
              </section>
              <section className="panel" aria-labelledby="facilitator-heading">
                <h2 id="facilitator-heading">Your facilitator</h2>
                <p>
                  <strong>{data.facilitator.displayName}</strong>
                  {data.facilitator.credential ? `, ${data.facilitator.credential}` : null}
                </p>
                {data.facilitator.bio ? <p className="prose">{data.facilitator.bio}</p> : null}
              </section>
              <RequestArea group={data} />
            </div>
            <CrisisResources />
          </div>
        </>
      ) : null}
    </div>
  );
}
