import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { acceptAgreementBodySchema, signatureMatches } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice, Loading } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { isApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { formatDate } from '@/lib/format';
import { validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { acceptAgreement, currentAgreementQuery } from '../api/agreements-api';

/**
 * The agreement step of joining: the full text, then her full name, as on her account, typed as the
 * signature (the server refuses any other name). It signs the exact text shown (its hash goes along),
 * so a version published meanwhile is never signed blind.
 */
export function AgreementSigner({ groupId, onSigned }: { groupId: string; onSigned: () => void }) {
  const fullName = useAuth().user?.displayName;
  const agreement = useQuery(currentAgreementQuery(groupId));
  const { refetch } = agreement;
  const [typedName, setTypedName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const sign = useAction(acceptAgreement);
  const current = agreement.data;

  useEffect(() => {
    if (current?.acceptedByMe) onSigned();
  }, [current?.acceptedByMe, onSigned]);

  useEffect(() => {
    if (isApiError(sign.error, 'AGREEMENT_OUTDATED')) void refetch();
  }, [sign.error, refetch]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!current) return;
    const checked = validate(acceptAgreementBodySchema, { typedName, sha256: current.sha256 });
    if (!checked.ok) return setErrors(checked.errors);
    if (fullName !== undefined && !signatureMatches(checked.data.typedName, fullName)) {
      sign.reset();
      return setErrors({ typedName: `That isn’t your full name as on your account. Type “${fullName}”.` });
    }
    setErrors({});
    if (await sign.run(groupId, current.version, checked.data)) onSigned();
  }

  if (agreement.isPending) return <Loading label="Loading the group agreement…" />;
  if (!current) {
    return (
      <ErrorNotice error={agreement.error}>
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>
          Check again
        </button>
      </ErrorNotice>
    );
  }

  return (
    <section className="gate-step" aria-labelledby="agreement-gate-heading">
      <h2 id="agreement-gate-heading">Read and sign the group agreement</h2>
      <p>Before your first session, and whenever it changes, everyone in the group signs the same agreement. Please read it all the way through.</p>
      <p className="small muted">
        Version {current.version}, published {formatDate(current.publishedAt)} by {current.publishedBy}
      </p>
      <div className="agreement-text" tabIndex={0} role="region" aria-label={`Agreement, version ${current.version}`}>
        {current.body}
      </div>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          label="Type your full name to sign"
          hint={
            fullName
              ? `Your full name as on your account: ${fullName}. Capitals and spacing don’t matter. Typing it means you agree to keep to this agreement.`
              : 'Your full name as on your account. Typing it means you agree to keep to this agreement.'
          }
          error={errors.typedName}
        >
          {(c) => <input {...c} autoComplete="name" value={typedName} onChange={(e) => setTypedName(e.target.value)} />}
        </Field>
        {/* The server's refusal of a name (SIGNATURE_MISMATCH) is said in its own words, which name her full name. */}
        <ErrorNotice error={sign.error} />
        <SubmitButton pending={sign.pending} pendingLabel="Signing…">
          Sign the agreement
        </SubmitButton>
      </form>
    </section>
  );
}
