import {
  FocusLayoutContainer,
  TrackLoop,
  TrackRefContext,
  useLayoutContext,
  usePinnedTracks,
  useTracks,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { RoomEvent, Track } from 'livekit-client';
import { useFloorHolder, useFloorSpotlight } from '@/features/live';
import { useRoomOptions } from '../../hooks/room-options';
import { PagedGrid } from './PagedGrid';
import { ParticipantTile } from './ParticipantTile';
import { SelfView } from './SelfView';

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

const isCamera = (t: TrackReferenceOrPlaceholder) => t.source === Track.Source.Camera;

/** Shared screens first, then everyone else in the order they came: a stable order is easier to follow. */
function others(tracks: TrackReferenceOrPlaceholder[]) {
  const remote = tracks.filter((t) => !(t.participant.isLocal && isCamera(t)));
  const screens = remote.filter((t) => !isCamera(t));
  const cameras = remote.filter(isCamera).sort((a, b) => (a.participant.joinedAt?.getTime() ?? 0) - (b.participant.joinedAt?.getTime() ?? 0));
  return [...screens, ...cameras];
}

/**
 * The faces, using the space there is. Gallery: everyone else in LiveKit's grid (it picks columns
 * and rows from the size of the stage and pages past what fits: PagedGrid). Speaker: one large — a
 * shared screen, whoever the viewer pinned, else whoever has the floor — and the rest in a strip
 * beside it (above it on a phone). The viewer picks speaker view for herself; the facilitators can
 * also put whoever has the floor large on every screen (she herself keeps her own layout).
 * Her own picture floats small in a corner she can move it to (and can be hidden), unless she is alone.
 */
export function Stage() {
  const { layout, hideSelf } = useRoomOptions();
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { updateOnlyOn: UPDATE_ON, onlySubscribed: false },
  );
  const floorHolder = useFloorHolder();
  const spotlightOn = useFloorSpotlight();
  const pinned = usePinnedTracks(useLayoutContext())[0];
  const own = tracks.find((t) => t.participant.isLocal && isCamera(t));
  const rest = others(tracks);
  const screen = rest.find((t) => !isCamera(t));
  const spotlight = spotlightOn && rest.some((t) => isCamera(t) && t.participant.identity === floorHolder);
  const focused =
    layout === 'speaker' || screen || spotlight
      ? (screen ??
        rest.find((t) => pinned && t.participant.identity === pinned.participant.identity && t.source === pinned.source) ??
        rest.find((t) => isCamera(t) && t.participant.identity === floorHolder) ??
        rest[0])
      : undefined;

  return (
    <div className="stage" data-layout={focused ? 'speaker' : 'gallery'} data-spotlight={spotlight || undefined} data-count={rest.length}>
      {rest.length === 0 ? (
        <>
          <p className="stage__note">You’re the first one here. Others will appear as they join.</p>
          {own ? (
            <PagedGrid tracks={[own]}>
              <ParticipantTile />
            </PagedGrid>
          ) : null}
        </>
      ) : focused ? (
        <FocusLayoutContainer className="stage__focus">
          {rest.length > 1 ? (
            <div className="stage__strip" role="group" aria-label="Everyone else">
              <TrackLoop tracks={rest.filter((t) => t !== focused)}>
                <ParticipantTile variant="strip" />
              </TrackLoop>
            </div>
          ) : null}
          <TrackRefContext.Provider value={focused}>
            <ParticipantTile variant="focus" />
          </TrackRefContext.Provider>
        </FocusLayoutContainer>
      ) : (
        <PagedGrid tracks={rest}>
          <ParticipantTile />
        </PagedGrid>
      )}
      {own && rest.length > 0 && !hideSelf ? <SelfView own={own} /> : null}
    </div>
  );
}
