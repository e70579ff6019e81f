import { useEffect, useState } from 'react';
import { useRoomContext } from '@livekit/components-react';
import { RoomEvent, type RemoteParticipant } from 'livekit-client';

/** Arrivals and departures for screen reader users, who cannot glance at the grid. */
export function RoomAnnouncer() {
  const room = useRoomContext();
  const [message, setMessage] = useState('');

  useEffect(() => {
    const joined = (p: RemoteParticipant) => setMessage(`${p.name || 'Someone'} joined the room`);
    const left = (p: RemoteParticipant) => setMessage(`${p.name || 'Someone'} left the room`);
    room.on(RoomEvent.ParticipantConnected, joined);
    room.on(RoomEvent.ParticipantDisconnected, left);
    return () => {
      room.off(RoomEvent.ParticipantConnected, joined);
      room.off(RoomEvent.ParticipantDisconnected, left);
    };
  }, [room]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
