import type { Room } from 'livekit-client';

/** What she wants the room to get from her: kept across reconnects, so a drop never turns her camera back on. */
export interface MediaChoices {
  camera: boolean;
  microphone: boolean;
  cameraDeviceId: string | undefined;
  microphoneDeviceId: string | undefined;
}

export const DEFAULT_CHOICES: MediaChoices = { camera: true, microphone: true, cameraDeviceId: undefined, microphoneDeviceId: undefined };

const device = (id: string | undefined) => (id ? { deviceId: id } : undefined);

/** Publishes (or not) camera and microphone as chosen. Rejects when the browser refuses a device. */
export async function applyMediaChoices(room: Room, choices: MediaChoices): Promise<void> {
  const { localParticipant } = room;
  await Promise.all([
    localParticipant.setCameraEnabled(choices.camera, device(choices.cameraDeviceId)),
    localParticipant.setMicrophoneEnabled(choices.microphone, device(choices.microphoneDeviceId)),
  ]);
}
