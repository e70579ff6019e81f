import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { ErrorNotice, Loading } from '@/components/Notice';
import { isApiError } from '@/lib/api-client';
import { friendlyMessage } from '@/lib/error-messages';
import { useAction } from '@/lib/use-action';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { SignUpForm } from '@/features/auth/components/SignUpForm';
import { useAuth } from '@/lib/auth-context';
import { myGroupsQuery } from '@/features/groups/api/groups-api';
import { acceptInvite, invitePreviewQuery } from '@/features/invites/api/invites-api';
import { InvitePreviewCard } from '@/features/invites/components/InvitePreviewCard';

function InviteUnusable({ error }: { error: unknown }) {
  return (
    <div className="page page--narrow">
      <title>{pageTitle('Invite link')}</title>
      <h1>This invite link can’t be used</h1>
      <div className="notice notice--error" role="alert">
        <p>{friendlyMessage(error)}</p>
      </div>
      <p>Invite links work for a limited time and a limited number of people. Your facilitator can send you a fresh one.</p>
      <Link to={paths.groups}>Go to your groups</Link>
    </div>
  );
}

/** Someone followed an invite link: show what it is for, let her sign up or in right here, then join. */
export function InvitePage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user, signOut } = useAuth();
  const [haveAccount, setHaveAccount] = useState(false);
  const preview = useQuery(invitePreviewQuery(token));
  const accept = useAction(acceptInvite);

  if (preview.isPending) return <Loading label="Opening your invite…" />;
  if (isApiError(preview.error, 'INVITE_INVALID', 'INVITE_EXPIRED', 'INVITE_USED_UP', 'INVITE_REVOKED', 'VALIDATION_FAILED'))
    return <InviteUnusable error={preview.error} />;
  if (!preview.data) return <ErrorNotice error={preview.error} />;
  const group = preview.data.group;

  /** Joins and opens the group, where her next step (the agreement) waits; `welcome` says how she came. */
  async function join(welcome: 'new' | 'returning') {
    const joined = await accept.run(token);
    if (!joined) return;
    // Her list of groups now has one more: it is asked again rather than shown without it.
    queryClient.removeQueries({ queryKey: myGroupsQuery().queryKey, exact: true });
    navigate(paths.group(joined.groupId), { state: { welcome } });
  }

  return (
    <div className="page page--narrow">
      <title>{pageTitle(`Join ${group.name}`)}</title>
      <InvitePreviewCard preview={preview.data} />
      {user ? (
        <div className="panel">
          <p>
            You’re signed in as <strong>{user.displayName}</strong> ({user.email}).
          </p>
          <ErrorNotice error={accept.error} />
          <div className="button-row">
            <button type="button" className="button button--primary" autoFocus disabled={accept.pending} onClick={() => void join('returning')}>
              {accept.pending ? 'Joining…' : `Join ${group.name}`}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void signOut()}>
              Not you? Sign out
            </button>
          </div>
        </div>
      ) : (
        <div className="panel">
          <h2>{haveAccount ? 'Sign in to join' : 'Create your account to join'}</h2>
          <p className="small muted">You join {group.name} as soon as you’re in: there is nothing else to click.</p>
          <ErrorNotice error={accept.error} />
          {haveAccount ? (
            <SignInForm onSignedIn={() => void join('returning')} />
          ) : (
            <SignUpForm onSignedUp={() => void join('new')} submitLabel="Create account and join" />
          )}
          <p className="aside">
            {haveAccount ? 'New to Hearth?' : 'Already have an account?'}{' '}
            <button type="button" className="link-button" onClick={() => setHaveAccount((v) => !v)}>
              {haveAccount ? 'Create an account instead' : 'Sign in instead'}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
