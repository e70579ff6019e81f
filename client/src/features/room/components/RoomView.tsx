import { useEffect, useRef, useState } from 'react';
import { RoomContext } from '@livekit/components-react';
import { Room } from 'livekit-client';
import type { Role } from '@hearth/shared';
import { Loading } from '@/components/Notice';
import { LobbyWait } from '@/features/live';
import { useRoomSession } from '../hooks/use-room-session';
import type { MediaChoices } from '../lib/media-choices';
import { InRoom } from './InRoom';
import { PreJoinCheck } from './PreJoinCheck';
import { RoomStopped } from './RoomStopped';
import { SelfPreview } from './SelfPreview';
import '@/styles/room.css';
import '@/styles/room-prejoin.css';
import '@/styles/room-shell.css';
import '@/styles/room-grid.css';
import '@/styles/room-tile.css';
import '@/styles/room-controls.css';

interface RoomViewProps {
  sessionId: string;
  groupId: string;
  groupName: string;
  /** ISO time the session is scheduled to begin, said in the waiting room. */
  startsAt: string;
  role: Role;
  /** The gate says she waits to be admitted: after the device check she sees the waiting room. */
  waiting: boolean;
  /** Another step of the gate needs doing: the session page asks the server what it is and shows it. */
  onGateChanged: () => void;
  onLeft: () => void;
}

const IN_ROOM = ['joining', 'connected', 'reconnecting', 'retrying'];

/**
 * The way from the door into the room: the device check first, then (when the facilitator lets
 * people in) the waiting room with her own picture, then the room itself. One LiveKit Room for the
 * whole visit, provided to everything below by context. Loaded on demand (React.lazy), so
 * livekit-client and its styles are fetched only by people who reach this point.
 */
export default function RoomView({ sessionId, groupId, groupName, startsAt, role, waiting, onGateChanged, onLeft }: RoomViewProps) {
  const [room] = useState(() => new Room({ adaptiveStream: true, dynacast: true }));
  const session = useRoomSession(room, sessionId);
  const { status, join } = session;
  const [choices, setChoices] = useState<MediaChoices | null>(null);

  const callbacks = useRef({ onGateChanged, onLeft });
  callbacks.current = { onGateChanged, onLeft };
  useEffect(() => {
    if (status.phase === 'gate') callbacks.current.onGateChanged();
    if (status.phase === 'left') callbacks.current.onLeft();
  }, [status.phase]);

  // Checked and not waiting: in she goes, with what she chose at the check. From a refusal ('gate')
  // only once she has been admitted since, so a refusal the gate still holds is not asked again and again.
  const admittedSince = useRef(false);
  if (waiting) admittedSince.current = true;
  useEffect(() => {
    if (!choices || waiting) return;
    if (status.phase === 'prejoin' || (status.phase === 'gate' && admittedSince.current)) {
      admittedSince.current = false;
      join(choices);
    }
  }, [choices, waiting, status.phase, join]);

  function leave() {
    session.leave().catch(() => onLeft());
  }

  const inWaitingRoom = choices !== null && waiting && (status.phase === 'prejoin' || status.phase === 'gate');
  return (
    <RoomContext.Provider value={room}>
      <section className="room" aria-labelledby="room-heading" data-connection-state={status.phase}>
        <h2 id="room-heading" className={status.phase === 'prejoin' && !choices ? undefined : 'visually-hidden'}>
          The group room
        </h2>
        {status.phase === 'prejoin' && !choices ? <PreJoinCheck onJoin={setChoices} waiting={waiting} /> : null}
        {inWaitingRoom ? (
          <LobbyWait sessionId={sessionId} startsAt={startsAt} groupName={groupName} onAdmitted={onGateChanged} preview={<SelfPreview choices={choices} />} />
        ) : null}
        {status.phase === 'stopped' ? (
          <RoomStopped reason={status.reason} groupId={groupId} onReadAgreement={onGateChanged} onRejoinHere={() => join(session.choices.current)} />
        ) : null}
        {status.phase === 'left' ? <Loading label="Leaving the room…" /> : null}
        {status.phase === 'gate' && !inWaitingRoom ? (
          <>
            <Loading label="Checking what the session needs from you…" />
            <button type="button" className="button button--secondary" onClick={() => join(session.choices.current)}>
              Try joining again
            </button>
          </>
        ) : null}
        {IN_ROOM.includes(status.phase) ? <InRoom room={room} session={session} sessionId={sessionId} groupName={groupName} role={role} onLeave={leave} /> : null}
      </section>
    </RoomContext.Provider>
  );
}
