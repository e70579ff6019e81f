import { useEffect, useRef, useState } from 'react';
import { RoomContext } from '@livekit/components-react';
import { Room } from 'livekit-client';
import type { Role } from '@hearth/shared';
import { Loading } from '@/components/Notice';
import { useRoomSession } from '../hooks/use-room-session';
import { InRoom } from './InRoom';
import { PreJoinCheck } from './PreJoinCheck';
import { RoomStopped } from './RoomStopped';
import '@/styles/room.css';
import '@/styles/room-prejoin.css';
import '@/styles/room-grid.css';
import '@/styles/room-tile.css';

interface RoomViewProps {
  sessionId: string;
  groupId: string;
  role: Role;
  /** Another step of the gate needs doing: the session page asks the server what it is and shows it. */
  onGateChanged: () => void;
  onLeft: () => void;
}

/**
 * The live room: a device check, then the room itself. One LiveKit Room for the whole visit,
 * provided to everything below by context. Loaded on demand (React.lazy), so livekit-client and
 * its styles are fetched only by people who reach this point.
 */
export default function RoomView({ sessionId, groupId, role, onGateChanged, onLeft }: RoomViewProps) {
  const [room] = useState(() => new Room({ adaptiveStream: true, dynacast: true }));
  const session = useRoomSession(room, sessionId);
  const { status } = session;

  const callbacks = useRef({ onGateChanged, onLeft });
  callbacks.current = { onGateChanged, onLeft };
  useEffect(() => {
    if (status.phase === 'gate') callbacks.current.onGateChanged();
    if (status.phase === 'left') callbacks.current.onLeft();
  }, [status.phase]);

  function leave() {
    session.leave().catch(() => onLeft());
  }

  return (
    <RoomContext.Provider value={room}>
      <section className="room" aria-labelledby="room-heading" data-connection-state={status.phase}>
        <h2 id="room-heading" className={status.phase === 'prejoin' ? undefined : 'visually-hidden'}>
          The group room
        </h2>
        {status.phase === 'prejoin' ? <PreJoinCheck onJoin={session.join} /> : null}
        {status.phase === 'stopped' ? (
          <RoomStopped reason={status.reason} groupId={groupId} onReadAgreement={onGateChanged} onRejoinHere={() => session.join(session.choices.current)} />
        ) : null}
        {status.phase === 'left' ? <Loading label="Leaving the room…" /> : null}
        {status.phase === 'gate' ? (
          <>
            <Loading label="Checking what the session needs from you…" />
            <button type="button" className="button button--secondary" onClick={() => session.join(session.choices.current)}>
              Try joining again
            </button>
          </>
        ) : null}
        {['joining', 'connected', 'reconnecting', 'retrying'].includes(status.phase) ? (
          <InRoom room={room} session={session} sessionId={sessionId} role={role} onLeave={leave} />
        ) : null}
      </section>
    </RoomContext.Provider>
  );
}
