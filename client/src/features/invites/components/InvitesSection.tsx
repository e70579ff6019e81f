import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createInviteBodySchema, type CreatedInvite, type Invite } from '@hearth/shared';
import { ConfirmButton } from '@/components/ConfirmButton';
import { Field } from '@/components/Field';
import { ErrorNotice, Loading } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { formatDate, formatDateTime } from '@/lib/format';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { createInvite, invitesQuery, revokeInvite } from '../api/invites-api';
import { CreatedInviteLink } from './CreatedInviteLink';

const EXPIRY_DAYS = [1, 3, 7, 14, 30];

function inviteStatus(invite: Invite, now = Date.now()): { label: string; tone: string; usable: boolean } {
  if (invite.usedAt) return { label: `Used ${formatDate(invite.usedAt)}`, tone: 'tag--success', usable: false };
  if (invite.revokedAt) return { label: 'Revoked', tone: '', usable: false };
  if (new Date(invite.expiresAt).getTime() <= now) return { label: 'Expired', tone: '', usable: false };
  return { label: `Unused · works until ${formatDate(invite.expiresAt)}`, tone: 'tag--accent', usable: true };
}

/** Single-use invite links: create one for a person, see which were used, revoke the rest. */
export function InvitesSection({ groupId }: { groupId: string }) {
  const queryClient = useQueryClient();
  const invites = useQuery(invitesQuery(groupId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitesQuery(groupId).queryKey });
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('7');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedInvite>();
  const create = useAction(createInvite);
  const revoke = useAction(async (inviteId: string) => {
    await revokeInvite(groupId, inviteId);
    await refresh();
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(createInviteBodySchema, { label, expiresInDays: Number(days) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const invite = await create.run(groupId, checked.data);
    if (!invite) return;
    setCreated(invite);
    setLabel('');
    void refresh();
  }

  return (
    <section className="panel" aria-labelledby="invites-heading" id="invites">
      <h2 id="invites-heading">Invites</h2>
      {created ? (
        <CreatedInviteLink invite={created} onDone={() => setCreated(undefined)} />
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <Field label="Who is this invite for?" hint="A note for you only, e.g. a first name. It isn’t sent anywhere." error={errors.label}>
            {(c) => <input {...c} value={label} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <Field label="Link works for" error={errors.expiresInDays}>
            {(c) => (
              <select {...c} value={days} onChange={(e) => setDays(e.target.value)}>
                {EXPIRY_DAYS.map((d) => (
                  <option key={d} value={d}>
                    {d === 1 ? '1 day' : `${d} days`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ErrorNotice error={create.error} />
          <SubmitButton pending={create.pending} pendingLabel="Creating link…">
            Create invite link
          </SubmitButton>
        </form>
      )}

      <h3>Links you’ve created</h3>
      {invites.isPending ? <Loading label="Loading invites…" /> : null}
      <ErrorNotice error={invites.error} />
      {invites.data?.length === 0 ? <p className="muted">No invites yet.</p> : null}
      <ul className="row-list">
        {invites.data?.map((invite) => {
          const status = inviteStatus(invite);
          return (
            <li key={invite.id} className="row-list__item">
              <div>
                <p className="row-list__title">{invite.label || 'Unnamed invite'}</p>
                <p className="small muted">Created {formatDateTime(invite.createdAt)}</p>
                <span className={`tag ${status.tone}`}>{status.label}</span>
              </div>
              {status.usable ? (
                <ConfirmButton
                  label="Revoke"
                  accessibleLabel={`Revoke invite ${invite.label || 'without a name'}`}
                  question="Revoke this link? Nobody will be able to use it."
                  confirmLabel="Yes, revoke"
                  pending={revoke.pending}
                  onConfirm={() => void revoke.run(invite.id)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <ErrorNotice error={revoke.error} />
    </section>
  );
}
