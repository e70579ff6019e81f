import {
  isTrackReference,
  useConnectionQualityIndicator,
  useConnectionState,
  useEnsureTrackRef,
  useIsMuted,
  useIsSpeaking,
  useParticipantAttributes,
  VideoTrack,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { ConnectionQuality, ConnectionState, Track } from 'livekit-client';
import { TileProcess, useTileProcess } from '@/features/live';
import { useFirstFrameMark } from '../../hooks/use-first-frame-mark';
import { useRoomOptions } from '../../hooks/room-options';
import { participantRole, ROLE_ON_TILE } from '../../lib/roles';
import { isFacilitatorRole } from '@hearth/shared';
import { ConnectionQuality as QualityBars } from '../ConnectionQuality';
import { TileMenu } from './TileMenu';

function TileStateNote({ text }: { text: string }) {
  return (
    <p className="tile__state" role="note">
      {text}
    </p>
  );
}

/**
 * One person: her video (or her name when her camera is off or video is paused), and on the tile
 * itself what the group needs to see — the floor ring and her time, her hand and place, whether she
 * is speaking or muted, a weak or dropped connection, and (facilitators only) that she needs a
 * moment and a menu for moderation. Built on LiveKit's track reference context, so it works inside
 * GridLayout, CarouselLayout or on its own; `data-*` attributes let tests and tools find her.
 */
export function ParticipantTile({ trackRef, variant = 'grid' }: { trackRef?: TrackReferenceOrPlaceholder; variant?: 'grid' | 'focus' | 'strip' | 'self' }) {
  const ref = useEnsureTrackRef(trackRef);
  const { participant, source } = ref;
  const options = useRoomOptions();
  const speaking = useIsSpeaking(participant);
  const microphoneMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const videoMuted = useIsMuted(ref);
  const { quality } = useConnectionQualityIndicator({ participant });
  const roomState = useConnectionState();
  const process = useTileProcess(participant.identity);
  const screen = source === Track.Source.ScreenShare;
  const paused = options.audioOnly && !participant.isLocal;
  const showVideo = isTrackReference(ref) && !videoMuted && !paused;
  const firstFrameRef = useFirstFrameMark(!participant.isLocal);
  const name = participant.name || 'Someone';
  const { attributes } = useParticipantAttributes({ participant });
  const role = participantRole(attributes);
  const facilitator = isFacilitatorRole(role);
  const title = screen ? `${name}’s screen` : participant.isLocal ? `${name} (you)` : name;
  const floor = process.floor && !screen;
  const trouble =
    roomState === ConnectionState.Reconnecting || roomState === ConnectionState.SignalReconnecting
      ? 'Reconnecting…'
      : process.away && !participant.isLocal
        ? `${name} is reconnecting`
        : quality === ConnectionQuality.Lost
          ? 'Connection lost'
          : null;

  return (
    <div
      className={`tile tile--${variant}${screen ? ' tile--screen' : ''}${speaking && !screen ? ' tile--speaking' : ''}${floor ? ' tile--floor' : ''}`}
      role="group"
      aria-label={title}
      data-participant-identity={participant.identity}
      data-source={source}
      data-local={participant.isLocal}
      data-muted={microphoneMuted}
      data-speaking={speaking}
      data-facilitator={facilitator}
      data-role={role}
      data-floor={floor}
      data-hand-place={process.handPlace ?? ''}
      data-video={showVideo ? 'on' : 'off'}
      data-subscribed={isTrackReference(ref) && !participant.isLocal ? String(ref.publication.isSubscribed) : ''}
    >
      <div className="tile__media">
        {showVideo ? (
          <VideoTrack
            trackRef={ref}
            ref={firstFrameRef}
            className={participant.isLocal && !screen ? 'tile__video tile__video--mirrored' : 'tile__video'}
            aria-label={screen ? title : `${title}, camera`}
          />
        ) : (
          <div className="tile__placeholder">
            <span className="tile__initial" aria-hidden="true">
              {name.charAt(0).toUpperCase()}
            </span>
            <span className={paused ? 'tile__placeholder-note' : 'visually-hidden'}>{paused ? 'Video paused: audio only' : 'Camera off'}</span>
          </div>
        )}
      </div>
      {screen ? null : <TileProcess userId={participant.identity} name={name} />}
      {trouble && !screen ? <TileStateNote text={trouble} /> : null}
      <div className="tile__footer">
        {screen ? null : (
          <span className={microphoneMuted ? 'tile__mic tile__mic--muted' : 'tile__mic'} title={microphoneMuted ? 'Muted' : 'Microphone on'}>
            <span aria-hidden="true" className="tile__mic-icon" />
            <span className="visually-hidden">{microphoneMuted ? 'Muted' : 'Microphone on'}</span>
          </span>
        )}
        <span className="tile__name">{title}</span>
        {ROLE_ON_TILE[role] && !screen ? <span className="tile__role">{ROLE_ON_TILE[role]}</span> : null}
        {speaking && !screen ? <span className="tile__speaking">Speaking</span> : null}
        {screen ? null : <QualityBars participant={participant} />}
      </div>
      {options.facilitator && !participant.isLocal && !facilitator && !screen ? <TileMenu participant={participant} microphoneMuted={microphoneMuted} /> : null}
    </div>
  );
}
