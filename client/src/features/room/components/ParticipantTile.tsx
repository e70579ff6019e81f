import { isTrackReference, useIsMuted, useIsSpeaking, VideoTrack, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useFirstFrameMark } from '../hooks/use-first-frame-mark';
import { isFacilitatorParticipant } from '../lib/roles';
import { ConnectionQuality } from './ConnectionQuality';
import { ModerationButtons } from './ModerationButtons';

interface ParticipantTileProps {
  trackRef: TrackReferenceOrPlaceholder;
  /** The viewer facilitates: members' tiles offer Mute and Remove. */
  canModerate: boolean;
}

/**
 * One person's video (or her initial when her camera is off), her name, whether she is muted or
 * speaking, and how her connection is. `data-*` attributes let tests and tools find her tile.
 */
export function ParticipantTile({ trackRef, canModerate }: ParticipantTileProps) {
  const { participant, source } = trackRef;
  const speaking = useIsSpeaking(participant);
  const microphoneMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const videoMuted = useIsMuted(trackRef);
  const screen = source === Track.Source.ScreenShare;
  const showVideo = isTrackReference(trackRef) && !videoMuted;
  const firstFrameRef = useFirstFrameMark(!participant.isLocal);
  const name = participant.name || 'Someone';
  const facilitator = isFacilitatorParticipant(participant);
  const title = screen ? `${name}’s screen` : participant.isLocal ? `${name} (you)` : name;

  return (
    <li
      className={['tile', screen ? 'tile--screen' : '', speaking && !screen ? 'tile--speaking' : ''].join(' ').trim()}
      data-participant-identity={participant.identity}
      data-source={source}
      data-local={participant.isLocal}
      data-muted={microphoneMuted}
      data-speaking={speaking}
      data-facilitator={facilitator}
    >
      <div className="tile__media">
        {showVideo ? (
          <VideoTrack
            trackRef={trackRef}
            ref={firstFrameRef}
            className={participant.isLocal && !screen ? 'tile__video tile__video--mirrored' : 'tile__video'}
            aria-label={screen ? title : `${title}, camera`}
          />
        ) : (
          <div className="tile__placeholder">
            <span className="tile__initial" aria-hidden="true">
              {name.charAt(0).toUpperCase()}
            </span>
            <span className="visually-hidden">Camera off</span>
          </div>
        )}
        {speaking && !screen ? <span className="tile__speaking">Speaking</span> : null}
      </div>
      <div className="tile__footer">
        <span className="tile__name">{title}</span>
        {facilitator && !screen ? <span className="tile__role">Facilitator</span> : null}
        {screen ? null : (
          <span className={microphoneMuted ? 'tile__mic tile__mic--muted' : 'tile__mic'}>
            <span aria-hidden="true" className="tile__mic-icon" />
            {microphoneMuted ? 'Muted' : 'Mic on'}
          </span>
        )}
        {screen ? null : <ConnectionQuality participant={participant} />}
      </div>
      {canModerate && !participant.isLocal && !facilitator && !screen ? <ModerationButtons participant={participant} microphoneMuted={microphoneMuted} /> : null}
    </li>
  );
}
