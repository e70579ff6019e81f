import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { leavingNoticeBodySchema, MAX_LEAVING_NOTICE_SESSIONS } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { membershipQuery, setLeavingNotice } from '../api/membership-api';
import { noticeText } from './leaving-words';

/** The group's notice rule for leaving, a facilitator's setting: how many more sessions she attends. */
export function LeavingNoticeSetting({ groupId }: { groupId: string }) {
  const queryClient = useQueryClient();
  const overview = useQuery(membershipQuery(groupId));
  const [value, setValue] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<number>();
  const save = useAction(async (sessions: number) => {
    await setLeavingNotice(groupId, sessions);
    setSaved(sessions);
    await queryClient.invalidateQueries({ queryKey: membershipQuery(groupId).queryKey });
  });
  const current = overview.data?.noticeSessions;
  const shown = value ?? (current === undefined ? '' : String(current));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(leavingNoticeBodySchema, { sessions: shown.trim() === '' ? undefined : Number(shown) });
    if (!checked.ok) return setErrors({ sessions: checked.errors.sessions });
    setErrors({});
    setSaved(undefined);
    await save.run(checked.data.sessions);
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="notice-heading">
      <h3 id="notice-heading">Notice for leaving</h3>
      <Field
        label="Sessions a member attends after saying she is leaving"
        hint={`0 to ${MAX_LEAVING_NOTICE_SESSIONS}. The last of them is for goodbyes; 0 or 1 make her next session her last. Sessions not scheduled yet count once they are.`}
        error={errors.sessions}
      >
        {(c) => (
          <input {...c} type="number" inputMode="numeric" min={0} max={MAX_LEAVING_NOTICE_SESSIONS} value={shown} onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
      <SubmitButton pending={save.pending} pendingLabel="Saving…" variant="secondary">
        Save notice
      </SubmitButton>
      <ErrorNotice error={save.error} />
      <StatusMessage tone="success">{saved === undefined ? null : `Saved: when someone says she is leaving, ${noticeText(saved)}.`}</StatusMessage>
    </form>
  );
}
