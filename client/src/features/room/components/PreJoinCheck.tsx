import { useCallback, useId, useState, type ReactNode } from 'react';
import { usePreviewTracks } from '@livekit/components-react';
import { Track, type LocalAudioTrack, type LocalVideoTrack } from 'livekit-client';
import type { MediaChoices } from '../lib/media-choices';
import { CameraPreview } from './CameraPreview';
import { DeviceSelect } from './DeviceSelect';
import { MicrophoneLevel } from './MicrophoneLevel';

interface PreJoinCheckProps {
  onJoin: (choices: MediaChoices) => void;
  /** The facilitator lets people in: the next step is the waiting room, and the button says so. */
  waiting?: boolean;
}

const describe = (error: Error) =>
  error.name === 'NotAllowedError'
    ? 'Your browser is not letting Hearth use your camera or microphone. Allow them in the address bar, then reload the page.'
    : 'We couldn’t start your camera or microphone. Check that they are connected and not in use by another app.';

function Check({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

/**
 * The check before joining: see yourself, see that the microphone hears you, pick devices, choose
 * whether to come in with camera and microphone on. Nothing reaches the room until Join.
 */
export function PreJoinCheck({ onJoin, waiting = false }: PreJoinCheckProps) {
  const [camera, setCamera] = useState(true);
  const [microphone, setMicrophone] = useState(true);
  const [cameraDeviceId, setCameraDeviceId] = useState<string>();
  const [microphoneDeviceId, setMicrophoneDeviceId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const onError = useCallback((error: Error) => setProblem(describe(error)), []);

  // Two separate previews, so switching the camera does not restart the microphone meter.
  const videoTracks = usePreviewTracks({ video: camera ? (cameraDeviceId ? { deviceId: cameraDeviceId } : true) : false }, onError);
  const audioTracks = usePreviewTracks({ audio: microphone ? (microphoneDeviceId ? { deviceId: microphoneDeviceId } : true) : false }, onError);
  const videoTrack = camera ? (videoTracks?.find((t) => t.kind === Track.Kind.Video) as LocalVideoTrack | undefined) : undefined;
  const audioTrack = microphone ? (audioTracks?.find((t) => t.kind === Track.Kind.Audio) as LocalAudioTrack | undefined) : undefined;

  return (
    <div className="prejoin">
      <p className="prejoin__intro">Check how you look and sound. Nobody can see or hear you until you join.</p>
      <div className="prejoin__body">
        <CameraPreview track={videoTrack} />
        <div className="prejoin__settings">
          <fieldset className="prejoin__group">
            <legend>Camera</legend>
            <Check checked={camera} onChange={setCamera}>
              Join with my camera on
            </Check>
            {camera ? <DeviceSelect kind="videoinput" label="Which camera" track={videoTrack} value={cameraDeviceId} onChange={setCameraDeviceId} /> : null}
          </fieldset>
          <fieldset className="prejoin__group">
            <legend>Microphone</legend>
            <Check checked={microphone} onChange={setMicrophone}>
              Join with my microphone on
            </Check>
            {microphone ? (
              <DeviceSelect kind="audioinput" label="Which microphone" track={audioTrack} value={microphoneDeviceId} onChange={setMicrophoneDeviceId} />
            ) : null}
            {audioTrack ? <MicrophoneLevel track={audioTrack} /> : <p className="small muted">You’ll join muted and can unmute when you’re ready.</p>}
          </fieldset>
        </div>
      </div>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button button--primary button--large" onClick={() => onJoin({ camera, microphone, cameraDeviceId, microphoneDeviceId })}>
        {waiting ? 'Go to the waiting room' : 'Join the room'}
      </button>
    </div>
  );
}
