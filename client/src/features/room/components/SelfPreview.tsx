import { usePreviewTracks } from '@livekit/components-react';
import { Track, type LocalVideoTrack } from 'livekit-client';
import type { MediaChoices } from '../lib/media-choices';
import { CameraPreview } from './CameraPreview';

/** Her own picture while she waits, from the camera she chose at the check (nothing is sent yet). */
export function SelfPreview({ choices }: { choices: MediaChoices }) {
  const tracks = usePreviewTracks({ video: choices.camera ? (choices.cameraDeviceId ? { deviceId: choices.cameraDeviceId } : true) : false });
  const video = choices.camera ? (tracks?.find((t) => t.kind === Track.Kind.Video) as LocalVideoTrack | undefined) : undefined;
  return <CameraPreview track={video} label="Your camera, as the group will see you" />;
}
