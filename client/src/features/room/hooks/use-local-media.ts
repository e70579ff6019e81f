import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocalParticipant } from '@livekit/components-react';
import { RoomEvent, Track, type Participant, type Room, type TrackPublication } from 'livekit-client';
import type { MediaChoices } from '../lib/media-choices';

export interface LocalMedia {
  cameraOn: boolean;
  microphoneOn: boolean;
  screenShareOn: boolean;
  /** Camera off and muted by the privacy button, with what to bring back afterwards. */
  privacyOn: boolean;
  problem: string | undefined;
  /** Bumped each time a facilitator mutes her, so the page can say so even the second time. */
  mutedByFacilitator: number;
  setCamera: (on: boolean) => void;
  setMicrophone: (on: boolean) => void;
  setScreenShare: (on: boolean) => void;
  /** One tap when someone walks in: camera off and muted at once. */
  enterPrivacy: () => void;
  leavePrivacy: () => void;
}

const device = (id: string | undefined) => (id ? { deviceId: id } : undefined);

const DEVICE_PROBLEM = {
  camera: 'We couldn’t turn on your camera. Check that your browser may use it, and that no other app is using it.',
  microphone: 'We couldn’t turn on your microphone. Check that your browser may use it, then try again.',
  screen: 'Screen sharing didn’t start. If you chose a screen and it still fails, check your browser’s permissions.',
};

/**
 * Her camera, microphone and screen in the room. Every change also updates `choices`, so a
 * reconnect restores what she chose, and a mute from the facilitator stays a mute.
 */
export function useLocalMedia(room: Room, choices: RefObject<MediaChoices>): LocalMedia {
  const { localParticipant, isCameraEnabled, isMicrophoneEnabled, isScreenShareEnabled } = useLocalParticipant({ room });
  // Changes under way. Buttons stay pressable meanwhile (a disabled button would drop keyboard focus,
  // and privacy must never wait); LiveKit queues a second change of the same device behind the first.
  const [changing, setChanging] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [mutedByFacilitator, setMutedByFacilitator] = useState(0);
  const [restoreAfterPrivacy, setRestoreAfterPrivacy] = useState<{ camera: boolean; microphone: boolean }>();
  // Her own mute also raises TrackMuted; while one of hers is under way, a mute is not news.
  const ownMicrophoneChanges = useRef(0);

  useEffect(() => {
    const onMuted = (publication: TrackPublication, participant: Participant) => {
      if (!participant.isLocal || publication.source !== Track.Source.Microphone || ownMicrophoneChanges.current > 0) return;
      choices.current = { ...choices.current, microphone: false };
      setMutedByFacilitator((n) => n + 1);
    };
    room.on(RoomEvent.TrackMuted, onMuted);
    return () => {
      room.off(RoomEvent.TrackMuted, onMuted);
    };
  }, [room, choices]);

  const change = useCallback(async (what: 'camera' | 'microphone' | 'screen', perform: () => Promise<unknown>) => {
    setChanging((n) => n + 1);
    setProblem(undefined);
    if (what === 'microphone') ownMicrophoneChanges.current += 1;
    try {
      await perform();
    } catch {
      setProblem(DEVICE_PROBLEM[what]);
    } finally {
      if (what === 'microphone') ownMicrophoneChanges.current -= 1;
      setChanging((n) => n - 1);
    }
  }, []);

  const setCamera = useCallback(
    (on: boolean) => {
      choices.current = { ...choices.current, camera: on };
      void change('camera', () => localParticipant.setCameraEnabled(on, device(choices.current.cameraDeviceId)));
    },
    [change, choices, localParticipant],
  );

  const setMicrophone = useCallback(
    (on: boolean) => {
      choices.current = { ...choices.current, microphone: on };
      void change('microphone', () => localParticipant.setMicrophoneEnabled(on, device(choices.current.microphoneDeviceId)));
    },
    [change, choices, localParticipant],
  );

  const setScreenShare = useCallback((on: boolean) => void change('screen', () => localParticipant.setScreenShareEnabled(on)), [change, localParticipant]);

  const enterPrivacy = useCallback(() => {
    setRestoreAfterPrivacy({ camera: isCameraEnabled, microphone: isMicrophoneEnabled });
    choices.current = { ...choices.current, camera: false, microphone: false };
    void change('microphone', () =>
      Promise.all([localParticipant.setCameraEnabled(false), localParticipant.setMicrophoneEnabled(false), localParticipant.setScreenShareEnabled(false)]),
    );
  }, [change, choices, isCameraEnabled, isMicrophoneEnabled, localParticipant]);

  const leavePrivacy = useCallback(() => {
    const restore = restoreAfterPrivacy ?? { camera: true, microphone: false };
    setRestoreAfterPrivacy(undefined);
    if (restore.camera) setCamera(true);
    if (restore.microphone) setMicrophone(true);
  }, [restoreAfterPrivacy, setCamera, setMicrophone]);

  // Turning something back on by hand ends privacy: the button should not promise to restore it again.
  const privacyOn = restoreAfterPrivacy !== undefined && !isCameraEnabled && !isMicrophoneEnabled;
  useEffect(() => {
    if (restoreAfterPrivacy && (isCameraEnabled || isMicrophoneEnabled) && changing === 0) setRestoreAfterPrivacy(undefined);
  }, [restoreAfterPrivacy, isCameraEnabled, isMicrophoneEnabled, changing]);

  return {
    cameraOn: isCameraEnabled,
    microphoneOn: isMicrophoneEnabled,
    screenShareOn: isScreenShareEnabled,
    privacyOn,
    problem,
    mutedByFacilitator,
    setCamera,
    setMicrophone,
    setScreenShare,
    enterPrivacy,
    leavePrivacy,
  };
}
