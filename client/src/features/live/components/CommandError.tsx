/** A refused command, said plainly next to the control that sent it. */
export function CommandError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="live-error" role="alert">
      {error}
    </p>
  );
}
