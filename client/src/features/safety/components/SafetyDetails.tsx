import type { SafetyPerson } from '@hearth/shared';

/** Beside a member in the facilitator's people list: where she said she is and whom to call. Facilitators only. */
export function SafetyDetails({ person, asked }: { person: SafetyPerson | undefined; asked: boolean }) {
  if (!person) return null;
  const contact = person.emergencyContact;
  if (!asked && !contact) return null;
  return (
    <span className="small muted block" data-testid="safety-details">
      {asked ? <>Where: {person.location ?? 'not said yet'}</> : null}
      {asked && contact ? ' · ' : null}
      {contact ? (
        <>
          Emergency contact: {contact.name}, {contact.reach}
        </>
      ) : null}
    </span>
  );
}
