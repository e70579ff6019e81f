import { useQuery } from '@tanstack/react-query';
import { pageTitle } from '@/config/app';
import { ErrorNotice, Loading } from '@/components/Notice';
import { formatDateTime } from '@/lib/format';
import { devMailboxQuery } from '@/features/auth/api/password-reset-api';

/** Development only: the mail Hearth would have sent (the server has no such endpoint in production or with SMTP). */
export function DevMailboxPage() {
  const mail = useQuery(devMailboxQuery());
  return (
    <div className="page page--narrow">
      <title>{pageTitle('Development mailbox')}</title>
      <h1>Development mailbox</h1>
      <p className="lead">Without an SMTP server, mail is kept here instead of sent. This page exists only outside production.</p>
      {mail.isPending ? <Loading label="Opening the mailbox…" /> : null}
      <ErrorNotice error={mail.error} fallback="There is no development mailbox on this server (production, or SMTP is configured)." />
      {mail.data?.length === 0 ? <p className="muted">No mail yet.</p> : null}
      <ul className="row-list">
        {mail.data?.map((m) => (
          <li key={m.id} className="row-list__item">
            <div>
              <p className="row-list__title">{m.subject}</p>
              <p className="small muted">
                To {m.to}, {formatDateTime(m.sentAt)}
              </p>
              {m.link ? (
                <p>
                  <a href={m.link}>Open the link in this mail</a>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={() => void mail.refetch()}>
        Check again
      </button>
    </div>
  );
}
