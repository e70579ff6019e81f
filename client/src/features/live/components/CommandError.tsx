/** A refused command, said plainly next to the control that sent it. */
export function CommandError({ error, className = 'live-error' }: { error: string | null; className?: string }) {
  if (!error) return null;
  return (
    <p className={className} role="alert">
      {error}
    </p>
  );
}
