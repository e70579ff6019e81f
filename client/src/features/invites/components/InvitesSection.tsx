import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createInviteBodySchema, INVITE_MAX_USES, type CreatedInvite, type Invite } from '@hearth/shared';
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

/** "3 of 10 used, 7 left" for a shared link; nothing for a personal one (its status says it). */
export const usesText = (invite: Invite) =>
  invite.maxUses === 1 ? null : `${invite.uses} of ${invite.maxUses} used, ${Math.max(0, invite.maxUses - invite.uses)} left`;

function inviteStatus(invite: Invite, now = Date.now()): { label: string; tone: string; usable: boolean } {
  const shared = invite.maxUses > 1;
  if (invite.revokedAt) return { label: 'Revoked', tone: '', usable: false };
  if (invite.usedAt)
    return { label: shared ? `All uses taken ${formatDate(invite.usedAt)}` : `Used ${formatDate(invite.usedAt)}`, tone: 'tag--success', usable: false };
  if (new Date(invite.expiresAt).getTime() <= now) return { label: 'Expired', tone: '', usable: false };
  return { label: `${shared ? 'Open' : 'Unused'} · works until ${formatDate(invite.expiresAt)}`, tone: 'tag--accent', usable: true };
}

type Kind = 'personal' | 'shared' | 'co_facilitator';

/**
 * Invite links, for one person or shared with several, or (the group's own facilitator only) for a
 * co-facilitator: create one, see how many used it, revoke the rest.
 */
export function InvitesSection({ groupId, canInviteCoFacilitator }: { groupId: string; canInviteCoFacilitator: boolean }) {
  const queryClient = useQueryClient();
  const invites = useQuery(invitesQuery(groupId));
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitesQuery(groupId).queryKey });
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('7');
  const [kind, setKind] = useState<Kind>('personal');
  const [maxUses, setMaxUses] = useState('5');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedInvite>();
  const create = useAction(createInvite);
  const revoke = useAction(async (inviteId: string) => {
    await revokeInvite(groupId, inviteId);
    await refresh();
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(createInviteBodySchema, {
      label,
      expiresInDays: Number(days),
      maxUses: kind === 'shared' ? Number(maxUses) : 1,
      role: kind === 'co_facilitator' ? 'co_facilitator' : 'member',
    });
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
          <fieldset className="fieldset">
            <legend>Kind of link</legend>
            <label className="check">
              <input type="radio" name="invite-kind" checked={kind === 'personal'} onChange={() => setKind('personal')} /> For one person (works once)
            </label>
            <label className="check">
              <input type="radio" name="invite-kind" checked={kind === 'shared'} onChange={() => setKind('shared')} /> Shareable (several people can join with it)
            </label>
            {canInviteCoFacilitator ? (
              <label className="check">
                <input type="radio" name="invite-kind" checked={kind === 'co_facilitator'} onChange={() => setKind('co_facilitator')} /> For a co-facilitator (works
                once; she takes no member’s seat)
              </label>
            ) : null}
          </fieldset>
          {kind === 'shared' ? (
            <Field label="How many people can join with it" hint={`From 2 to ${INVITE_MAX_USES}. Each person who joins uses one.`} error={errors.maxUses}>
              {(c) => <input {...c} type="number" inputMode="numeric" min={2} max={INVITE_MAX_USES} value={maxUses} onChange={(e) => setMaxUses(e.target.value)} />}
            </Field>
          ) : null}
          <Field
            label={kind === 'shared' ? 'Where will you share it?' : 'Who is this invite for?'}
            hint="A note for you only, e.g. a first name or “newsletter”. It isn’t sent anywhere."
            error={errors.label}
          >
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
                <p className="row-list__title">
                  {invite.label || 'Unnamed invite'}
                  {invite.role === 'co_facilitator' ? <span className="tag">Co-facilitator</span> : null}
                </p>
                <p className="small muted">
                  Created {formatDateTime(invite.createdAt)}
                  {usesText(invite) ? ` · ${usesText(invite)}` : ''}
                </p>
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
