import { useEffect, useRef, useState, type FormEvent } from 'react';
import { endMembershipBodySchema } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { endMembership } from '../api/membership-api';

interface Props {
  groupId: string;
  member: { userId: string; displayName: string };
  onEnded: (displayName: string) => void;
}

/**
 * A facilitator ends a membership, with a reason: kept in the group's history for its facilitators,
 * never shown to the member. Opens in place; Cancel or Escape puts it back.
 */
export function EndMembership({ groupId, member, onEnded }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const end = useAction(async (why: string) => {
    await endMembership(groupId, member.userId, why);
    onEnded(member.displayName);
  });

  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(endMembershipBodySchema, { reason });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    await end.run(checked.data.reason);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button--danger-outline button--small"
        aria-label={`End membership: ${member.displayName}`}
        onClick={() => setOpen(true)}
      >
        End membership
      </button>
    );
  }
  return (
    <form
      className="confirm"
      onSubmit={submit}
      noValidate
      aria-label={`End ${member.displayName}’s membership`}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <p className="confirm__question">End {member.displayName}’s membership? She can no longer join the group’s sessions or sign its agreement.</p>
      <Field label="Reason (for the group’s facilitators only)" error={errors.reason}>
        {(c) => <textarea {...c} ref={reasonRef} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="button-row">
        <SubmitButton pending={end.pending} pendingLabel="Working…" variant="danger" className="button--small">
          End membership
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <ErrorNotice error={end.error} />
    </form>
  );
}
