import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { formatDate } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { calendarFeedQuery, createCalendarFeed, revokeCalendarFeed, updateCalendarFeed } from '../api/calendar-api';

/** Her private calendar address: made, shown once, replaced or revoked here; titles neutral unless she chooses names. */
export function CalendarFeedSection() {
  const queryClient = useQueryClient();
  const feed = useQuery(calendarFeedQuery());
  const [url, setUrl] = useState<string>();
  const [status, setStatus] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarFeedQuery().queryKey });
  const create = useAction(createCalendarFeed);
  const update = useAction(updateCalendarFeed);
  const revoke = useAction(revokeCalendarFeed);
  const showNames = feed.data?.showGroupNames ?? false;

  async function make() {
    const made = await create.run({ showGroupNames: showNames });
    if (!made) return;
    setUrl(made.url);
    setStatus(feed.data?.active ? 'A new address is ready. The old one no longer works.' : 'Your calendar address is ready.');
    await refresh();
  }

  return (
    <section className="panel" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p>
        Add your groups’ sessions to your own calendar app. Sessions appear as “Hearth session”, with a link to join and a reminder 30 minutes before, so nobody who
        sees your calendar learns which group you attend.
      </p>
      {feed.isPending ? <Loading label="Loading your calendar settings…" /> : null}
      <ErrorNotice error={feed.error ?? create.error ?? update.error ?? revoke.error} />
      <StatusMessage tone="success">{status}</StatusMessage>
      {url ? (
        <div className="notice notice--info">
          <p>
            <strong>Your private address</strong> (shown once; subscribe to it in your calendar app and keep it to yourself):
          </p>
          <p>
            <code style={{ wordBreak: 'break-all' }}>{url}</code>
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void navigator.clipboard?.writeText(url).then(() => setStatus('Copied.'))}
          >
            Copy the address
          </button>
        </div>
      ) : null}
      {feed.data?.active ? (
        <>
          <p className="small muted">You have a calendar address since {feed.data.createdAt ? formatDate(feed.data.createdAt) : 'earlier'}.</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showNames}
              disabled={update.pending}
              onChange={(e) =>
                void update.run({ showGroupNames: e.target.checked }).then(async (done) => {
                  if (done) setStatus(done.showGroupNames ? 'Your calendar now shows group names.' : 'Your calendar shows only “Hearth session”.');
                  await refresh();
                })
              }
            />{' '}
            Show group names in my calendar
          </label>
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={create.pending} onClick={() => void make()}>
              Make a new address
            </button>
            <ConfirmButton
              label="Stop the calendar"
              question="Stop your calendar address? Your calendar app stops getting sessions."
              confirmLabel="Yes, stop it"
              pending={revoke.pending}
              onConfirm={() =>
                void revoke.run().then(async () => {
                  setUrl(undefined);
                  setStatus('Your calendar address no longer works.');
                  await refresh();
                })
              }
            />
          </div>
        </>
      ) : feed.data ? (
        <button type="button" className="button button--primary" disabled={create.pending} onClick={() => void make()}>
          Get my calendar address
        </button>
      ) : null}
    </section>
  );
}
