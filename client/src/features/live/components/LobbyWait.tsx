export interface LobbyWaitProps {
  sessionId: string;
  onAdmitted: () => void;
}

/** She is in the waiting room until the facilitator lets her in. */
export function LobbyWait(_props: LobbyWaitProps) {
  return (
    <section className="gate-step" aria-labelledby="lobby-heading">
      <h2 id="lobby-heading">You’re in the waiting room</h2>
      <div className="waiting" role="status" aria-live="polite">
        <span className="waiting__pulse" aria-hidden="true" />
        <p>Your facilitator will let you in shortly.</p>
      </div>
    </section>
  );
}
