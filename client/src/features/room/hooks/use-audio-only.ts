import { useEffect } from 'react';
import { RoomEvent, Track, type RemoteParticipant, type RemoteTrackPublication, type Room } from 'livekit-client';

const isVideo = (publication: RemoteTrackPublication) => publication.kind === Track.Kind.Video;

/**
 * Audio only, for a weak connection or a tired member: stop receiving everyone else's video (an
 * unsubscribe, so the SFU stops sending it, not merely a hidden element) and keep hearing them;
 * tiles show names meanwhile. Video published later is left unsubscribed too; turning it off asks
 * for every video again.
 */
export function useAudioOnly(room: Room, audioOnly: boolean) {
  useEffect(() => {
    const apply = (publication: RemoteTrackPublication) => {
      if (isVideo(publication) && publication.isSubscribed === audioOnly) publication.setSubscribed(!audioOnly);
    };
    const applyAll = () => {
      for (const participant of room.remoteParticipants.values()) participant.trackPublications.forEach(apply);
    };
    applyAll();
    if (!audioOnly) return;
    const onPublished = (publication: RemoteTrackPublication) => apply(publication);
    const onSubscribed = (_track: unknown, publication: RemoteTrackPublication) => apply(publication);
    const onConnected = (participant: RemoteParticipant) => participant.trackPublications.forEach(apply);
    room.on(RoomEvent.TrackPublished, onPublished);
    room.on(RoomEvent.TrackSubscribed, onSubscribed);
    room.on(RoomEvent.ParticipantConnected, onConnected);
    room.on(RoomEvent.Reconnected, applyAll);
    return () => {
      room.off(RoomEvent.TrackPublished, onPublished);
      room.off(RoomEvent.TrackSubscribed, onSubscribed);
      room.off(RoomEvent.ParticipantConnected, onConnected);
      room.off(RoomEvent.Reconnected, applyAll);
    };
  }, [room, audioOnly]);
}
