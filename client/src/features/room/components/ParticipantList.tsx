import { useParticipants } from '@livekit/components-react';

/** Who is in the room right now, the person herself first. */
export function ParticipantList() {
  const participants = useParticipants();
  return (
    <section aria-labelledby="participants-heading">
      <h3 id="participants-heading">In the room ({participants.length})</h3>
      <ul className="participant-list" aria-live="polite">
        {participants.map((p) => (
          <li key={p.identity} className="participant">
            <span className="participant__avatar" aria-hidden="true">
              {(p.name || '?').charAt(0).toUpperCase()}
            </span>
            <span className="participant__name">
              {p.name || 'Someone'}
              {p.isLocal ? <span className="muted"> (you)</span> : null}
            </span>
            <span className="participant__mic small muted">{p.isMicrophoneEnabled ? 'Microphone on' : 'Muted'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
