import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { useAction } from '@/lib/use-action';
import { confirmPrivacy } from '../api/sessions-api';

/** Asked every session: what the group shares must not reach anyone outside it. */
export function PrivacyCheck({ sessionId, onConfirmed }: { sessionId: string; onConfirmed: () => void }) {
  const [privateSpace, setPrivateSpace] = useState(false);
  const [headphones, setHeadphones] = useState(false);
  const [missing, setMissing] = useState(false);
  const confirm = useAction(async (headphonesOn: boolean) => {
    await confirmPrivacy(sessionId, { privateSpace: true, headphones: headphonesOn });
    return true;
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!privateSpace) return setMissing(true);
    setMissing(false);
    if (await confirm.run(headphones)) onConfirmed();
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
        <ErrorNotice error={confirm.error} />
        <SubmitButton pending={confirm.pending} pendingLabel="Saving…">
          Continue
        </SubmitButton>
      </form>
    </section>
  );
}
