import { useId, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { joinRequestInputSchema, type DirectoryGroupDetail } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { isApiError } from '@/lib/api-client';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { myRequestForGroupQuery, myRequestsQuery, requestToJoin } from '../api/join-requests-api';

/** Her request: the group's questions, someone to call in an emergency, and her consent to be contacted. */
export function JoinRequestForm({ group }: { group: DirectoryGroupDetail }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState(() => group.intakeQuestions.map(() => ''));
  const [contactName, setContactName] = useState('');
  const [contactReach, setContactReach] = useState('');
  const [consent, setConsent] = useState(false);
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const send = useAction(requestToJoin);
  // Full when she opened the page, or filled while she was writing (the server says so).
  const full = group.seatsLeft === 0 || isApiError(send.error, 'GROUP_FULL');
  const errors = { ...serverFieldError(send.error), ...clientErrors };
  // A field she has changed stops showing its old error; the next submit checks it again.
  const fixed = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(joinRequestInputSchema, {
      answers,
      emergencyContact: { name: contactName, reach: contactReach },
      consentToContact: consent,
      joinWaitlist: full,
    });
    const empty = answers.findIndex((a) => a.trim() === '');
    if (!checked.ok || empty >= 0)
      return setErrors({ ...(checked.ok ? {} : checked.errors), ...(empty >= 0 ? { [`answers.${empty}`]: 'Please answer this question' } : {}) });
    setErrors({});
    const created = await send.run(group.id, checked.data);
    if (!created) return;
    queryClient.setQueryData(myRequestForGroupQuery(group.id).queryKey, { request: created });
    void queryClient.invalidateQueries({ queryKey: myRequestsQuery().queryKey });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{full ? 'Join the waitlist' : 'Ask to join'}</h2>
      {full ? (
        <p className="notice notice--info">
          This group is full right now. You can ask for a place on its waitlist; you will see your place here and on your dashboard.
        </p>
      ) : (
        <p className="small muted">Only the group’s facilitators read what you write here. They will accept, decline or waitlist your request.</p>
      )}
      {group.intakeQuestions.map((question, index) => (
        <Field key={index} label={question} error={errors[`answers.${index}`]}>
          {(c) => (
            <textarea
              {...c}
              rows={3}
              maxLength={2000}
              value={answers[index] ?? ''}
              onChange={(e) => (fixed(`answers.${index}`), setAnswers((all) => all.map((a, i) => (i === index ? e.target.value : a))))}
            />
          )}
        </Field>
      ))}
      <fieldset className="fieldset">
        <legend>Emergency contact</legend>
        <p className="small muted">Someone the facilitator may call if she is worried for your safety during a session. Only the facilitators see it.</p>
        <Field label="Their name" error={errors['emergencyContact.name']}>
          {(c) => (
            <input
              {...c}
              autoComplete="off"
              maxLength={120}
              value={contactName}
              onChange={(e) => (fixed('emergencyContact.name'), setContactName(e.target.value))}
            />
          )}
        </Field>
        <Field label="Their phone number or email" error={errors['emergencyContact.reach']}>
          {(c) => (
            <input
              {...c}
              autoComplete="off"
              maxLength={200}
              value={contactReach}
              onChange={(e) => (fixed('emergencyContact.reach'), setContactReach(e.target.value))}
            />
          )}
        </Field>
      </fieldset>
      <div className={errors.consentToContact ? 'check check--invalid' : 'check'}>
        <input
          id={`${id}-consent`}
          type="checkbox"
          checked={consent}
          aria-invalid={Boolean(errors.consentToContact)}
          aria-describedby={errors.consentToContact ? `${id}-consent-error` : undefined}
          onChange={(e) => (fixed('consentToContact'), setConsent(e.target.checked))}
        />
        <label htmlFor={`${id}-consent`}>The facilitators may contact me about this request</label>
      </div>
      {errors.consentToContact ? (
        <p className="field__error" id={`${id}-consent-error`}>
          {errors.consentToContact}
        </p>
      ) : null}
      <ErrorNotice error={isApiError(send.error, 'GROUP_FULL') || isApiError(send.error, 'VALIDATION_FAILED') ? null : send.error} />
      <SubmitButton pending={send.pending} pendingLabel="Sending…">
        {full ? 'Join the waitlist' : 'Send my request'}
      </SubmitButton>
    </form>
  );
}
