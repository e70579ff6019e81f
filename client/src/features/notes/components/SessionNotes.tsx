import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memberNoteInputSchema, NOTE_LIMITS, recapInputSchema, type NoteAttendance, type SessionNotes as Notes } from '@hearth/shared';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '@/components/Notice';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { saveMemberNote, saveRecap, sessionNotesQuery, sessionRecapQuery } from '../api/notes-api';
import { GroupNoteForm } from './GroupNoteForm';
import { NoteTextForm } from './NoteTextForm';
import { SharedEntries } from './SharedEntries';
import '../notes.css';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function attendanceLine(a: NoteAttendance) {
  if (!a.firstJoinedAt) return 'Not in the room this session.';
  const from = time.format(new Date(a.firstJoinedAt));
  const to = a.lastLeftAt ? time.format(new Date(a.lastLeftAt)) : 'the end';
  return `In the room from ${from} to ${to}, ${a.minutes} ${a.minutes === 1 ? 'minute' : 'minutes'} in all.`;
}

/** The facilitators' notes on one session. Only facilitators reach it: the server answers members 403. */
export function SessionNotes({ sessionId, reportPath }: { sessionId: string; reportPath?: string }) {
  const queryClient = useQueryClient();
  const notes = useQuery(sessionNotesQuery(sessionId));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sessionNotesQuery(sessionId).queryKey });
  if (notes.isPending) return <Loading label="Loading the notes…" />;
  if (notes.error) return <ErrorNotice error={notes.error} />;
  const data: Notes = notes.data;
  const ended = data.session.status === 'ended';

  return (
    <div className="notes">
      <title>{pageTitle(`Notes · ${data.session.groupName}`)}</title>
      <div>
        <p className="breadcrumb">
          <Link to={paths.group(data.session.groupId)}>Back to the group</Link>
        </p>
        <p className="eyebrow">Session · {formatDateTime(data.session.scheduledStart)}</p>
        <h1>Notes: {data.session.groupName}</h1>
        {reportPath ? (
          <p>
            <Link to={reportPath}>The session’s report</Link> (attendance, airtime, rounds)
          </p>
        ) : null}
      </div>
      <p className="notice notice--info">
        Only this group’s facilitators can see these notes. They are stored encrypted and never shown to members.
        {data.writable ? null : ' Notes can be written once the session has begun.'}
      </p>

      <section className="panel" aria-labelledby="group-note-heading">
        <h2 id="group-note-heading">Group note</h2>
        {/* Not keyed on the note's save time: remounting after her own save would drop its "saved" confirmation. */}
        <GroupNoteForm sessionId={sessionId} note={data.groupNote} disabled={!data.writable} onSaved={refresh} />
      </section>

      <section className="panel" aria-labelledby="member-notes-heading">
        <h2 id="member-notes-heading">Members</h2>
        {data.members.length === 0 ? <p className="empty">No members in this group yet.</p> : null}
        <ul className="notes-members">
          {data.members.map((member) => (
            <li key={member.userId} className="notes-member">
              <h3>{member.displayName}</h3>
              <p className="muted">
                <span className="visually-hidden">Attendance: </span>
                {attendanceLine(member.attendance)}
              </p>
              <NoteTextForm
                label={`Note on ${member.displayName}`}
                initial={member.note?.body ?? ''}
                max={NOTE_LIMITS.field}
                schema={memberNoteInputSchema}
                submitLabel="Save"
                accessibleSuffix={`the note on ${member.displayName}`}
                disabled={!data.writable}
                hint={member.note ? `Last saved by ${member.note.updatedBy}, ${formatDateTime(member.note.updatedAt)}.` : undefined}
                onSave={(body) => saveMemberNote(sessionId, member.userId, { body })}
              />
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="recap-heading">
        <h2 id="recap-heading">Recap for members who missed it</h2>
        <NoteTextForm
          label="Recap"
          hint={
            <>
              Every member of the group reads this on the session’s page. <strong>First names only</strong>, and only what the group would be at ease with someone
              reading. Saved empty, it is taken down.
              {ended ? null : ' You can write it once the session has ended.'}
            </>
          }
          initial={data.recap?.body ?? ''}
          max={NOTE_LIMITS.recap}
          schema={recapInputSchema}
          submitLabel="Save the recap"
          disabled={!ended}
          onSave={async (body) => {
            await saveRecap(sessionId, { body });
            await queryClient.invalidateQueries({ queryKey: sessionRecapQuery(sessionId).queryKey });
          }}
        />
      </section>

      <SharedEntries entries={data.sharedEntries} />
    </div>
  );
}
