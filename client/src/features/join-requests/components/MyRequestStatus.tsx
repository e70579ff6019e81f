import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ordinal, type MyJoinRequest } from '@hearth/shared';
import { paths } from '@/config/paths';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorNotice } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { myRequestForGroupQuery, myRequestsQuery, withdrawRequest } from '../api/join-requests-api';

export function statusLine(request: MyJoinRequest): string {
  switch (request.status) {
    case 'pending':
      return 'Your request is with the facilitators.';
    case 'waitlisted':
      return `You are ${ordinal(request.waitlistPlace ?? 1)} on the waitlist.`;
    case 'accepted':
      return 'You were accepted. Welcome to the group.';
    case 'declined':
      return 'The facilitators did not accept this request.';
    default:
      return 'You withdrew this request.';
  }
}

/** Where her request stands, in her words: her place in line, the facilitator's message, a way out. */
export function MyRequestStatus({ request }: { request: MyJoinRequest }) {
  const queryClient = useQueryClient();
  const withdraw = useAction(async () => {
    await withdrawRequest(request.id);
    queryClient.setQueryData(myRequestForGroupQuery(request.groupId).queryKey, { request: null });
    void queryClient.invalidateQueries({ queryKey: myRequestsQuery().queryKey });
  });

  return (
    <section className="panel" aria-labelledby="my-request-heading">
      <h2 id="my-request-heading">Your request</h2>
      <p className="lead" role="status">
        {statusLine(request)}
      </p>
      {request.status === 'declined' && request.declineMessage ? <blockquote className="prose">{request.declineMessage}</blockquote> : null}
      {request.status === 'accepted' ? (
        <p>
          <Link className="button button--primary" to={paths.group(request.groupId)}>
            Go to the group
          </Link>
        </p>
      ) : null}
      {request.status === 'pending' || request.status === 'waitlisted' ? (
        <>
          <ConfirmButton
            label="Withdraw my request"
            question="Withdraw your request? Your answers go with it."
            confirmLabel="Withdraw"
            pending={withdraw.pending}
            variant="secondary"
            onConfirm={() => void withdraw.run()}
          />
          <ErrorNotice error={withdraw.error} />
        </>
      ) : null}
    </section>
  );
}
