import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ordinal, type ReviewJoinRequest } from '@hearth/shared';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { formatDateTime } from '@/lib/format';
import { useAction } from '@/lib/use-action';
import { decideRequest, groupRequestsQuery } from '../api/join-requests-api';

const KIND_DECLINE = 'Thank you for asking to join. This group isn’t the right fit at the moment; I wish you well in finding one that is.';

function RequestItem({ groupId, request, onDecided }: { groupId: string; request: ReviewJoinRequest; onDecided: (message: string) => void }) {
  const [declining, setDeclining] = useState(false);
  const [message, setMessage] = useState(KIND_DECLINE);
  const decide = useAction((decision: Parameters<typeof decideRequest>[2]) => decideRequest(groupId, request.id, decision));
  const open = request.status === 'pending' || request.status === 'waitlisted';
  const run = async (decision: Parameters<typeof decideRequest>[2], said: string) => {
    if (await decide.run(decision)) onDecided(said);
  };

  return (
    <li className="row-list__item">
      <h3 className="row-list__title">{request.displayName}</h3>
      <p className="small muted">
        {request.email} · asked {formatDateTime(request.createdAt)} ·{' '}
        <span className="tag">{request.status === 'waitlisted' ? `${ordinal(request.waitlistPlace ?? 1)} on the waitlist` : request.status}</span>
      </p>
      <dl className="facts">
        {request.answers.map((a, i) => (
          <div key={i} className="facts__wide">
            <dt>{a.question}</dt>
            <dd className="prose">{a.answer}</dd>
          </div>
        ))}
        <div className="facts__wide">
          <dt>Emergency contact</dt>
          <dd>
            {request.emergencyContact.name}, {request.emergencyContact.reach}
          </dd>
        </div>
      </dl>
      {request.declineMessage ? <p className="small">Your message: {request.declineMessage}</p> : null}
      {open && !declining ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary button--small"
            disabled={decide.pending}
            onClick={() => void run({ decision: 'accept' }, `${request.displayName} is now a member.`)}
          >
            Accept
          </button>
          {request.status === 'pending' ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={decide.pending}
              onClick={() => void run({ decision: 'waitlist' }, `${request.displayName} is on the waitlist.`)}
            >
              Waitlist
            </button>
          ) : null}
          <button type="button" className="button button--secondary button--small" onClick={() => setDeclining(true)}>
            Decline…
          </button>
        </div>
      ) : null}
      {open && declining ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run({ decision: 'decline', message }, `You declined ${request.displayName}’s request.`);
          }}
        >
          <div className="field">
            <label htmlFor={`decline-${request.id}`}>A kind message for {request.displayName} (she will read it)</label>
            <textarea id={`decline-${request.id}`} rows={3} maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--danger button--small" disabled={decide.pending || message.trim() === ''}>
              Decline with this message
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setDeclining(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <ErrorNotice error={decide.error} />
    </li>
  );
}

/** Requests to join from the directory, for the group's facilitators: answers, contact, and a decision. */
export function RequestsSection({ groupId }: { groupId: string }) {
  const queryClient = useQueryClient();
  const requests = useQuery(groupRequestsQuery(groupId));
  const [said, setSaid] = useState('');
  const data = requests.data;
  const open = data?.requests.filter((r) => r.status === 'pending' || r.status === 'waitlisted') ?? [];
  const answered = data?.requests.filter((r) => r.status === 'accepted' || r.status === 'declined') ?? [];

  function decided(message: string) {
    setSaid(message);
    void queryClient.invalidateQueries({ queryKey: ['groups', groupId] });
  }

  return (
    <section className="panel" aria-labelledby="requests-heading" id="requests">
      <h2 id="requests-heading">Requests to join</h2>
      {requests.isPending ? <Loading label="Loading requests…" /> : null}
      <ErrorNotice error={requests.error} />
      {data && data.seatsLeft > 0 && data.waiting > 0 ? (
        <div className="notice notice--info">
          <p>
            <strong>
              A seat is free — {data.waiting} {data.waiting === 1 ? 'person is' : 'people are'} waiting.
            </strong>
          </p>
        </div>
      ) : null}
      {data ? (
        <p className="small muted">
          {data.seatsLeft === 1 ? '1 seat' : `${data.seatsLeft} seats`} left. Answers and emergency contacts are for you and your co-facilitators only.
        </p>
      ) : null}
      {data && open.length === 0 ? <p>No requests waiting for an answer.</p> : null}
      {open.length > 0 ? (
        <ul className="row-list">
          {open.map((r) => (
            <RequestItem key={r.id} groupId={groupId} request={r} onDecided={decided} />
          ))}
        </ul>
      ) : null}
      {answered.length > 0 ? (
        <details>
          <summary>Answered requests ({answered.length})</summary>
          <ul className="row-list">
            {answered.map((r) => (
              <RequestItem key={r.id} groupId={groupId} request={r} onDecided={decided} />
            ))}
          </ul>
        </details>
      ) : null}
      <StatusMessage tone="success">{said || null}</StatusMessage>
    </section>
  );
}
