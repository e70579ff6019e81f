import { useState, type FormEvent } from 'react';
import { locationSchema } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { useAction } from '@/lib/use-action';
import { confirmPrivacy } from '../api/sessions-api';

interface Props {
  sessionId: string;
  /** The group's safety check is on: she also says where she is this session (her facilitators see it). */
  askLocation: boolean;
  onConfirmed: () => void;
}

/** Asked every session: what the group shares must not reach anyone outside it. */
export function PrivacyCheck({ sessionId, askLocation, onConfirmed }: Props) {
  const [privateSpace, setPrivateSpace] = useState(false);
  const [headphones, setHeadphones] = useState(false);
  const [location, setLocation] = useState('');
  const [missing, setMissing] = useState(false);
  const [locationError, setLocationError] = useState<string>();
  const confirm = useAction(async (headphonesOn: boolean, where: string | undefined) => {
    await confirmPrivacy(sessionId, { privateSpace: true, headphones: headphonesOn, ...(where ? { location: where } : {}) });
    return true;
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const where = askLocation ? locationSchema.safeParse(location) : undefined;
    setLocationError(where && !where.success ? where.error.issues[0]?.message : undefined);
    setMissing(!privateSpace);
    if (!privateSpace || (where && !where.success)) return;
    if (await confirm.run(headphones, where?.data)) onConfirmed();
  }

  return (
    <section className="gate-step" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Before you join: your privacy check</h2>
      <p>Everyone in the group confirms this before each session, so what is said here stays here.</p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="fieldset">
          <legend>Please confirm</legend>
          <div className={missing ? 'check check--invalid' : 'check'}>
            <input
              id="privacy-space"
              type="checkbox"
              checked={privateSpace}
              aria-describedby={missing ? 'privacy-space-error' : undefined}
              aria-invalid={missing}
              onChange={(e) => setPrivateSpace(e.target.checked)}
            />
            <label htmlFor="privacy-space">I’m somewhere private where no one can see or hear the group</label>
          </div>
          {missing ? (
            <p className="field__error" id="privacy-space-error">
              Please find a private space first — a closed room, or your car parked somewhere quiet. The group will wait for you.
            </p>
          ) : null}
          <div className="check">
            <input id="privacy-headphones" type="checkbox" checked={headphones} onChange={(e) => setHeadphones(e.target.checked)} />
            <label htmlFor="privacy-headphones">I’m wearing headphones</label>
          </div>
          <p className="small muted">Headphones are strongly recommended, so others’ voices stay with you.</p>
        </fieldset>
        {askLocation ? (
          <Field
            label="Where are you this session?"
            hint="Your city or region, e.g. “Leeds” — only your facilitators see it, so they can get help to you in an emergency."
            error={locationError}
          >
            {(control) => (
              <input {...control} type="text" autoComplete="address-level2" maxLength={120} value={location} onChange={(e) => setLocation(e.target.value)} />
            )}
          </Field>
        ) : null}
        <ErrorNotice error={confirm.error} />
        <SubmitButton pending={confirm.pending} pendingLabel="Saving…">
          Continue
        </SubmitButton>
      </form>
    </section>
  );
}
