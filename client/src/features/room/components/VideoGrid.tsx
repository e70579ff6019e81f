import { useTracks, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { RoomEvent, Track } from 'livekit-client';
import { ParticipantTile } from './ParticipantTile';

interface VideoGridProps {
  canModerate: boolean;
  hideSelf: boolean;
}

// Re-sort only on arrivals and departures, not on every speaking change: tiles that jump around are hard to follow.
const UPDATE_ON = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
  RoomEvent.ConnectionStateChanged,
];

const key = (t: TrackReferenceOrPlaceholder) => `${t.participant.identity}:${t.source}`;

/** A shared screen first and full width, then herself, then everyone else in the order they came. */
function arrange(tracks: TrackReferenceOrPlaceholder[], hideSelf: boolean) {
  const screens = tracks.filter((t) => t.source === Track.Source.ScreenShare);
  const cameras = tracks.filter((t) => t.source === Track.Source.Camera && !(hideSelf && t.participant.isLocal));
  const [own, others] = [cameras.filter((t) => t.participant.isLocal), cameras.filter((t) => !t.participant.isLocal)];
  others.sort((a, b) => (a.participant.joinedAt?.getTime() ?? 0) - (b.participant.joinedAt?.getTime() ?? 0));
  return [...screens, ...own, ...others];
}

/**
 * Everyone's video as a list of tiles. The number of tiles sets the columns (see room-grid.css),
 * so five to ten people stay visible together without paging.
 */
export function VideoGrid({ canModerate, hideSelf }: VideoGridProps) {
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { updateOnlyOn: UPDATE_ON, onlySubscribed: false },
  );
  const shown = arrange(tracks, hideSelf);
  const alone = !tracks.some((t) => !t.participant.isLocal);
  const cameraCount = shown.filter((t) => t.source === Track.Source.Camera).length;

  return (
    <div className="stage">
      {alone ? <p className="stage__note">You’re the first one here. Others will appear as they join.</p> : null}
      {hideSelf ? <p className="stage__note">Your own video is hidden from you. Everyone else still sees you.</p> : null}
      <ul className="video-grid" aria-label="People in the room" data-count={Math.min(cameraCount, 10)}>
        {shown.map((trackRef) => (
          <ParticipantTile key={key(trackRef)} trackRef={trackRef} canModerate={canModerate} />
        ))}
      </ul>
    </div>
  );
}
