import { useState, type FormEvent } from 'react';
import { publishAgreementBodySchema, signatureMatches, type Agreement } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { useAuth } from '@/lib/auth-context';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { publishAgreement } from '../api/agreements-api';
import { SAMPLE_AGREEMENT } from './sample-agreement';

interface AgreementEditorProps {
  groupId: string;
  latest: Agreement | undefined;
  onPublished: (agreement: Agreement) => void;
  onCancel?: (() => void) | undefined;
}

/**
 * Publishing makes a new version every member must sign again; the facilitator signs it by publishing,
 * with her full name as on her account, as everyone signs.
 */
export function AgreementEditor({ groupId, latest, onPublished, onCancel }: AgreementEditorProps) {
  const fullName = useAuth().user?.displayName;
  const [body, setBody] = useState(latest?.body ?? SAMPLE_AGREEMENT);
  const [typedName, setTypedName] = useState('');
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const publish = useAction(publishAgreement);
  const errors = { ...serverFieldError(publish.error), ...clientErrors };
  const nextVersion = (latest?.version ?? 0) + 1;
  const unchanged = latest !== undefined && body.trim() === latest.body.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(publishAgreementBodySchema, { body, typedName });
    if (!checked.ok) return setErrors(checked.errors);
    if (fullName !== undefined && !signatureMatches(checked.data.typedName, fullName)) {
      publish.reset();
      return setErrors({ typedName: `That isn’t your full name as on your account. Type “${fullName}”.` });
    }
    setErrors({});
    const agreement = await publish.run(groupId, checked.data);
    if (!agreement) return;
    onPublished(agreement);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field
        label="Agreement text"
        hint={
          latest
            ? `Version ${latest.version} is current. Publishing asks every member to sign again before their next session.`
            : 'Members read and sign this before they can join a session.'
        }
        error={errors.body}
      >
        {(c) => <textarea {...c} className="agreement-textarea" rows={12} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field
        label="Your full name, as your signature"
        hint={fullName ? `Your full name as on your account: ${fullName}. Capitals and spacing don’t matter.` : 'Your full name as on your account.'}
        error={errors.typedName}
      >
        {(c) => <input {...c} autoComplete="name" value={typedName} onChange={(e) => setTypedName(e.target.value)} />}
      </Field>
      {/* The server's refusal of a name (SIGNATURE_MISMATCH) is said in its own words, which name her full name. */}
      <ErrorNotice error={publish.error} />
      {unchanged ? <p className="small muted">The text is the same as version {latest.version}; change it to publish a new version.</p> : null}
      <div className="button-row">
        <SubmitButton pending={publish.pending} pendingLabel="Publishing…" disabled={publish.pending || unchanged}>
          Publish version {nextVersion}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
