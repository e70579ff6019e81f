import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocalParticipant } from '@livekit/components-react';
import type { Room } from 'livekit-client';
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
  /** For LiveKit's TrackToggle: each change of her microphone, and whether she made it with that button. */
  onMicrophoneToggled: (enabled: boolean, byHerButton: boolean) => void;
  onCameraToggled: (enabled: boolean, byHerButton: boolean) => void;
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
  // What her microphone should be by her own doing (her button, a shortcut, privacy). A mute she did
  // not ask for is the facilitator's: LiveKit reports both the same way, so this tells them apart.
  const expectedMicrophone = useRef<boolean | null>(null);

  const onMicrophoneToggled = useCallback(
    (enabled: boolean, byHerButton: boolean) => {
      choices.current = { ...choices.current, microphone: enabled };
      const expected = expectedMicrophone.current;
      expectedMicrophone.current = enabled;
      if (!enabled && !byHerButton && expected === true) setMutedByFacilitator((n) => n + 1);
    },
    [choices],
  );

  const onCameraToggled = useCallback(
    (enabled: boolean) => {
      choices.current = { ...choices.current, camera: enabled };
    },
    [choices],
  );

  const change = useCallback(async (what: 'camera' | 'microphone' | 'screen', perform: () => Promise<unknown>) => {
    setChanging((n) => n + 1);
    setProblem(undefined);
    try {
      await perform();
    } catch {
      setProblem(DEVICE_PROBLEM[what]);
    } finally {
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
      expectedMicrophone.current = on;
      void change('microphone', () => localParticipant.setMicrophoneEnabled(on, device(choices.current.microphoneDeviceId)));
    },
    [change, choices, localParticipant],
  );

  const setScreenShare = useCallback((on: boolean) => void change('screen', () => localParticipant.setScreenShareEnabled(on)), [change, localParticipant]);

  const enterPrivacy = useCallback(() => {
    setRestoreAfterPrivacy({ camera: isCameraEnabled, microphone: isMicrophoneEnabled });
    choices.current = { ...choices.current, camera: false, microphone: false };
    expectedMicrophone.current = false;
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
    onMicrophoneToggled,
    onCameraToggled,
  };
}
