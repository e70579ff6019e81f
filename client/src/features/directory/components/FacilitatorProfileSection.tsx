import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { facilitatorProfileInputSchema } from '@hearth/shared';
import { Field } from '@/components/Field';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { SubmitButton } from '@/components/SubmitButton';
import { serverFieldError, validate, type FieldErrors } from '@/lib/form-validation';
import { useAction } from '@/lib/use-action';
import { profileQuery, saveProfile } from '../api/directory-api';

/** What visitors to the directory read about her beside the groups she lists. */
export function FacilitatorProfileSection() {
  const queryClient = useQueryClient();
  const profile = useQuery(profileQuery());
  const [credential, setCredential] = useState('');
  const [bio, setBio] = useState('');
  const [clientErrors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useAction(saveProfile);
  const errors = { ...serverFieldError(save.error), ...clientErrors };

  useEffect(() => {
    if (!profile.data) return;
    setCredential(profile.data.credential);
    setBio(profile.data.bio);
  }, [profile.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = validate(facilitatorProfileInputSchema, { credential, bio });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const result = await save.run(checked.data);
    if (!result) return;
    queryClient.setQueryData(profileQuery().queryKey, result);
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Facilitator profile</h2>
      <p className="small muted">Shown in the public directory beside the groups you list. Leave it empty if you do not facilitate.</p>
      {profile.isPending ? <Loading /> : null}
      <ErrorNotice error={profile.error} />
      {profile.data ? (
        <form className="form" onSubmit={submit} noValidate>
          <Field label="Credential" hint="e.g. “Licensed clinical social worker, certified group psychotherapist”." error={errors.credential}>
            {(c) => <input {...c} maxLength={120} value={credential} onChange={(e) => setCredential(e.target.value)} />}
          </Field>
          <Field label="Short bio" hint="A few sentences: your experience with groups and whom you work with." error={errors.bio}>
            {(c) => <textarea {...c} rows={4} maxLength={1000} value={bio} onChange={(e) => setBio(e.target.value)} />}
          </Field>
          <ErrorNotice error={save.error && !serverFieldError(save.error).credential && !serverFieldError(save.error).bio ? save.error : null} />
          <SubmitButton pending={save.pending} pendingLabel="Saving…">
            Save profile
          </SubmitButton>
        </form>
      ) : null}
      <StatusMessage tone="success">{saved ? 'Your profile is saved.' : null}</StatusMessage>
    </section>
  );
}
