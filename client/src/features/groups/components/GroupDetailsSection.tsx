import { useState } from 'react';
import type { Group } from '@hearth/shared';
import { StatusMessage } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { updateGroup } from '../api/groups-api';
import { GroupForm } from './GroupForm';
import { GroupSummary } from './GroupSummary';
import { valuesFromGroup } from './group-form-values';

/** The group's details for its facilitators, with an edit form in place of the summary on request. */
export function GroupDetailsSection({ group, onSaved }: { group: Group; onSaved: (group: Group) => void }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useAction((input: Parameters<typeof updateGroup>[1]) => updateGroup(group.id, input));

  return (
    <section className="panel" aria-labelledby="details-heading" id="details">
      <div className="panel__header">
        <h2 id="details-heading">Details</h2>
        {editing ? null : (
          <button type="button" className="button button--secondary button--small" onClick={() => (setSaved(false), setEditing(true))}>
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <GroupForm
          initial={valuesFromGroup(group)}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={save.pending}
          error={save.error}
          onCancel={() => (save.reset(), setEditing(false))}
          onSubmit={async (input) => {
            const updated = await save.run(input);
            if (!updated) return;
            onSaved(updated);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <GroupSummary group={group} />
      )}
      <StatusMessage tone="success">{saved ? 'Your changes are saved.' : null}</StatusMessage>
    </section>
  );
}
