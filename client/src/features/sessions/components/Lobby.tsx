/** The lobby is on and she has not been let in yet; the page asks again by itself. */
export function Lobby() {
  return (
    <section className="gate-step" aria-labelledby="lobby-heading">
      <h2 id="lobby-heading">You’re in the waiting room</h2>
      <div className="waiting" role="status" aria-live="polite">
        <span className="waiting__pulse" aria-hidden="true" />
        <p>Your facilitator will let you in shortly. You don’t need to do anything; this page will update by itself.</p>
      </div>
    </section>
  );
}
