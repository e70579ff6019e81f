import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { announceLeaving, membershipQuery, withdrawLeaving } from '../api/membership-api';
import { formatDateTime } from '@/lib/format';

/**
 * A member's own "I am leaving": what it means before she says it (the group's notice, her last
 * session), a calm confirmation, and a way to take it back until that session.
 */
export function LeavingSection({ groupId, userId }: { groupId: string; userId: string }) {
  const queryClient = useQueryClient();
  const overview = useQuery(membershipQuery(groupId));
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: membershipQuery(groupId).queryKey });
  const announce = useAction(async () => {
    await announceLeaving(groupId);
    setAsking(false);
    setSaid('You told the group you are leaving.');
    await refresh();
  });
  const withdraw = useAction(async () => {
    await withdrawLeaving(groupId);
    setSaid('You are staying. The group no longer sees you as leaving.');
    await refresh();
  });

  const data = overview.data;
  const mine = data?.leaving.find((m) => m.userId === userId);
  const n = data?.noticeSessions ?? 0;
  return (
    <section className="panel" aria-labelledby="leaving-own-heading" id="leaving">
      <h2 id="leaving-own-heading">Leaving the group</h2>
      {overview.isPending ? <Loading label="Loading…" /> : null}
      <ErrorNotice error={overview.error} />
      {data && mine ? (
        <>
          <p>
            You are leaving.{' '}
            {mine.finalSession ? (
              <>
                Your last session is <strong>{formatDateTime(mine.finalSession.scheduledStart)}</strong>.
              </>
            ) : (
              'Your last session will be set as soon as the group has scheduled it.'
            )}{' '}
            Until then you are part of the group as always, and the group knows, so it can say goodbye.
          </p>
          <p className="muted">Changed your mind? You can take it back before your last session.</p>
          <button type="button" className="button button--secondary" disabled={withdraw.pending} onClick={() => void withdraw.run()}>
            {withdraw.pending ? 'Working…' : 'Take it back — I’m staying'}
          </button>
        </>
      ) : null}
      {data && !mine && data.me.status === 'active' ? (
        <>
          <p>
            If you decide to leave, the group asks for notice: {n <= 1 ? 'your next session is your last' : `you attend ${n} more sessions`}, so everyone can say
            goodbye. Your journal stays yours.
          </p>
          {asking ? (
            <div className="confirm" role="group" aria-labelledby="leaving-confirm-question">
              <p className="confirm__question" id="leaving-confirm-question">
                Tell the group you are leaving? Everyone will see your first name and your last session.
              </p>
              <div className="button-row">
                <button type="button" className="button button--primary button--small" disabled={announce.pending} onClick={() => void announce.run()} autoFocus>
                  {announce.pending ? 'Working…' : 'Yes, tell the group'}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
                  Not now
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
              I’m leaving the group…
            </button>
          )}
        </>
      ) : null}
      <ErrorNotice error={announce.error ?? withdraw.error} />
      <StatusMessage tone="success">{said}</StatusMessage>
    </section>
  );
}
