import { useEffect, useState } from 'react';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { setSafetyCheck } from '../api/safety-api';

/** A facilitator's setting: ask each member where she is at every session's privacy step. */
export function SafetyCheckSetting({ groupId, on, onChanged }: { groupId: string; on: boolean; onChanged: () => void }) {
  const [saved, setSaved] = useState<string>();
  // Shown as she set it at once; put back if saving fails.
  const [checked, setChecked] = useState(on);
  // Another facilitator, or a reload of the group, may change it.
  useEffect(() => setChecked(on), [on]);
  const save = useAction(async (next: boolean) => {
    setChecked(next);
    await setSafetyCheck(groupId, next).catch((err: unknown) => {
      setChecked(!next);
      throw err;
    });
    setSaved(next ? 'Saved: members say where they are before each session.' : 'Saved: members are no longer asked where they are.');
    onChanged();
  });
  return (
    <div className="form">
      <h3 id="safety-heading">Safety check</h3>
      <div className="check">
        <input
          id="safety-check"
          type="checkbox"
          checked={checked}
          disabled={save.pending}
          onChange={(e) => void save.run(e.target.checked)}
          aria-describedby="safety-check-hint"
        />
        <label htmlFor="safety-check">Ask members where they are each session</label>
      </div>
      <p className="small muted" id="safety-check-hint">
        At the privacy step each member writes her city or region. Only you and your co-facilitators see it, in the session’s people list beside her emergency
        contact.
      </p>
      <ErrorNotice error={save.error} />
      <StatusMessage tone="success">{saved}</StatusMessage>
    </div>
  );
}
