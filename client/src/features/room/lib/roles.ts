import { Track, type Participant } from 'livekit-client';

/**
 * Only facilitators' tokens may publish a screen share, so the permissions LiveKit shares tell
 * everyone who facilitates, without another round trip to Hearth.
 */
export const isFacilitatorParticipant = (participant: Participant) =>
  participant.permissions?.canPublishSources.some((source) => Track.sourceFromProto(source) === Track.Source.ScreenShare) ?? false;
