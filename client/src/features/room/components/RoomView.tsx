import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { ConnectionState } from 'livekit-client';
import { ErrorNotice } from '@/components/Notice';
import { useRoomConnection } from '../hooks/use-room-connection';
import { MicrophoneToggle } from './MicrophoneToggle';
import { ParticipantList } from './ParticipantList';

interface RoomViewProps {
  sessionId: string;
  /** The server refused or ended the connection: the page asks the gate what is next. */
  onGateChanged: () => void;
  onLeft: () => void;
}

const STATE_LABEL: Record<ConnectionState, string> = {
  [ConnectionState.Connecting]: 'Connecting to the room…',
  [ConnectionState.Connected]: 'Connected to the room',
  [ConnectionState.Reconnecting]: 'Your connection dropped. Reconnecting…',
  [ConnectionState.SignalReconnecting]: 'Your connection dropped. Reconnecting…',
  [ConnectionState.Disconnected]: 'Not connected',
};

/**
 * The room, kept small for now: connection state, who is here, microphone, leave. Loaded on demand
 * (React.lazy) so livekit-client is fetched only by people who reach this point.
 */
export default function RoomView({ sessionId, onGateChanged, onLeft }: RoomViewProps) {
  const { room, state, error, lost, rejoin, leave } = useRoomConnection(sessionId, onGateChanged);
  const connected = state === ConnectionState.Connected;

  return (
    <section className="room" aria-labelledby="room-heading" data-connection-state={state}>
      <h2 id="room-heading">The group room</h2>
      <p className={connected ? 'room__state room__state--connected' : 'room__state'} role="status" aria-live="polite">
        <span className="room__dot" aria-hidden="true" />
        {lost ? 'You were disconnected from the room.' : STATE_LABEL[state]}
      </p>
      <ErrorNotice error={error} fallback="We couldn’t connect you to the room. Check your internet connection, then try rejoining." />
      {lost || error ? (
        <button type="button" className="button button--primary" onClick={rejoin}>
          Rejoin the room
        </button>
      ) : null}
      {room && !lost ? (
        <RoomContext.Provider value={room}>
          {connected ? <ParticipantList /> : null}
          <RoomAudioRenderer />
        </RoomContext.Provider>
      ) : null}
      <div className="button-row room__controls">
        {room && connected ? (
          <RoomContext.Provider value={room}>
            <MicrophoneToggle />
          </RoomContext.Provider>
        ) : null}
        <button type="button" className="button button--danger-outline" onClick={() => void leave().then(onLeft)}>
          Leave the room
        </button>
      </div>
    </section>
  );
}
