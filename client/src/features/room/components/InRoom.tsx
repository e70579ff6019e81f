import { useState } from 'react';
import { RoomAudioRenderer } from '@livekit/components-react';
import type { Room } from 'livekit-client';
import { isFacilitatorRole, type Role } from '@hearth/shared';
import { ErrorNotice } from '@/components/Notice';
import { LiveBoundary, LiveSidebar } from '@/features/live';
import { useLocalMedia } from '../hooks/use-local-media';
import type { RoomSession } from '../hooks/use-room-session';
import { ConnectionStatus } from './ConnectionStatus';
import { RoomAnnouncer } from './RoomAnnouncer';
import { RoomControls } from './RoomControls';
import { StartAudioButton } from './StartAudioButton';
import { VideoGrid } from './VideoGrid';

interface InRoomProps {
  room: Room;
  session: RoomSession;
  sessionId: string;
  role: Role;
  onLeave: () => void;
}

/**
 * The room once she pressed Join: where she stands, everyone's video, her controls, and the
 * facilitation panel. One live connection serves the panel and the tiles' Mute and Remove.
 */
export function InRoom({ room, session, sessionId, role, onLeave }: InRoomProps) {
  const media = useLocalMedia(room, session.choices);
  const [hideSelf, setHideSelf] = useState(false);
  const facilitator = isFacilitatorRole(role);
  const { status } = session;
  const inRoom = status.phase === 'connected' || status.phase === 'reconnecting';

  return (
    <LiveBoundary sessionId={sessionId}>
      <div className="room-layout">
        <div className="room-main">
          <ConnectionStatus status={status} onRetryNow={session.retryNow} />
          <StartAudioButton />
          {media.mutedByFacilitator > 0 && !media.microphoneOn ? (
            <p className="notice notice--info" role="alert">
              The facilitator muted your microphone. You can unmute yourself when you’re ready.
            </p>
          ) : null}
          <ErrorNotice
            error={session.mediaProblem}
            fallback="You’re in the room, but we couldn’t turn on your camera or microphone. Check your browser’s permissions, then use the buttons below."
          />
          {inRoom ? (
            <VideoGrid canModerate={facilitator} hideSelf={hideSelf} />
          ) : (
            <div className="stage-waiting">
              <span className="waiting__pulse" aria-hidden="true" />
              <p>
                {status.phase === 'joining'
                  ? 'Connecting you to the group…'
                  : 'We’ll bring you into the room as soon as the connection allows, with your camera and microphone as you chose them.'}
              </p>
            </div>
          )}
          <RoomControls
            media={media}
            choices={session.choices}
            sessionId={sessionId}
            facilitator={facilitator}
            inRoom={inRoom}
            hideSelf={hideSelf}
            onHideSelfChange={setHideSelf}
            onLeave={onLeave}
          />
        </div>
        {/* Slot for the facilitation panel (talking order, timer, rounds), owned by features/live. */}
        <div className="room-side" data-slot="live-sidebar">
          <LiveSidebar sessionId={sessionId} role={role} />
        </div>
        <RoomAudioRenderer />
        <RoomAnnouncer />
      </div>
    </LiveBoundary>
  );
}
