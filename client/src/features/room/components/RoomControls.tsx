import type { RefObject } from 'react';
import { useRoomContext } from '@livekit/components-react';
import type { LocalMedia } from '../hooks/use-local-media';
import type { MediaChoices } from '../lib/media-choices';
import { DeviceSelect } from './DeviceSelect';
import { EndSessionButton } from './EndSessionButton';

interface RoomControlsProps {
  media: LocalMedia;
  choices: RefObject<MediaChoices>;
  sessionId: string;
  facilitator: boolean;
  /** Camera and microphone controls only mean something while she is in the room. */
  inRoom: boolean;
  hideSelf: boolean;
  onHideSelfChange: (hide: boolean) => void;
  onLeave: () => void;
}

// Phones and most tablets cannot share a screen from the browser.
const canShareScreen = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';

/**
 * Her controls, biggest first: the privacy button (for when someone walks in), then microphone and
 * camera (kept in reach at the bottom of a phone screen), then the rest. Each label says what
 * pressing it will do.
 */
export function RoomControls({ media, choices, sessionId, facilitator, inRoom, hideSelf, onHideSelfChange, onLeave }: RoomControlsProps) {
  const room = useRoomContext();
  const exit = (
    <div className="controls__exit">
      <button type="button" className="button button--danger-outline" onClick={onLeave}>
        Leave the room
      </button>
      {facilitator ? <EndSessionButton sessionId={sessionId} /> : null}
    </div>
  );
  // Out of the room nothing is sent, so there is nothing to turn off: only the way out.
  if (!inRoom) return exit;

  return (
    <>
      <div className="controls__main" role="group" aria-label="Your camera and microphone">
        <button
          type="button"
          className={media.privacyOn ? 'button control control--privacy control--privacy-on' : 'button control control--privacy'}
          onClick={media.privacyOn ? media.leavePrivacy : media.enterPrivacy}
        >
          {media.privacyOn ? 'I’m back: turn things on again' : 'Privacy: camera off and mute'}
        </button>
        <button
          type="button"
          className={media.microphoneOn ? 'button control' : 'button control control--off'}
          onClick={() => media.setMicrophone(!media.microphoneOn)}
        >
          {media.microphoneOn ? 'Mute my microphone' : 'Unmute my microphone'}
        </button>
        <button type="button" className={media.cameraOn ? 'button control' : 'button control control--off'} onClick={() => media.setCamera(!media.cameraOn)}>
          {media.cameraOn ? 'Turn my camera off' : 'Turn my camera on'}
        </button>
      </div>
      <div className="controls__more" role="group" aria-label="More">
        <button type="button" className="button button--secondary button--small" aria-pressed={hideSelf} onClick={() => onHideSelfChange(!hideSelf)}>
          Hide my own video
        </button>
        {facilitator && canShareScreen() ? (
          <button type="button" className="button button--secondary button--small" onClick={() => media.setScreenShare(!media.screenShareOn)}>
            {media.screenShareOn ? 'Stop sharing my screen' : 'Share my screen'}
          </button>
        ) : null}
        <details className="controls__devices">
          <summary>Camera and microphone settings</summary>
          <DeviceSelect kind="videoinput" label="Camera" room={room} onChange={(id) => (choices.current = { ...choices.current, cameraDeviceId: id })} />
          <DeviceSelect kind="audioinput" label="Microphone" room={room} onChange={(id) => (choices.current = { ...choices.current, microphoneDeviceId: id })} />
        </details>
      </div>
      {media.problem ? (
        <p className="notice notice--error" role="alert">
          {media.problem}
        </p>
      ) : null}
      {exit}
    </>
  );
}
