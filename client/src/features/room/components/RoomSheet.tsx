import { useEffect, useRef, type RefObject } from 'react';
import { useRoomContext } from '@livekit/components-react';
import type { Role } from '@hearth/shared';
import { LiveSidebar } from '@/features/live';
import type { LocalMedia } from '../hooks/use-local-media';
import type { MediaChoices } from '../lib/media-choices';
import { RoomOptionButtons } from './controls/RoomOptionButtons';
import { DeviceSelect } from './DeviceSelect';

interface RoomSheetProps {
  id: string;
  open: boolean;
  onClose: () => void;
  sessionId: string;
  role: Role;
  media: LocalMedia;
  choices: RefObject<MediaChoices>;
}

const PHONE = '(max-width: 63.99rem)';

/**
 * The panel: beside the video on a wide screen, a bottom sheet over it on a phone (where it also
 * holds the controls that do not fit in the bar). Opening it on a phone moves focus into it, and
 * Escape or Close brings her back to the button that opened it.
 */
export function RoomSheet({ id, open, onClose, sessionId, role, media, choices }: RoomSheetProps) {
  const room = useRoomContext();
  const sheet = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    const wasOpen = opened.current;
    opened.current = open;
    if (open && !wasOpen && window.matchMedia(PHONE).matches) sheet.current?.focus();
  }, [open]);

  return (
    <div
      ref={sheet}
      id={id}
      className="room-sheet"
      data-open={open}
      hidden={!open}
      tabIndex={-1}
      aria-label={role === 'member' ? 'The group' : 'Facilitation tools'}
      role="region"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && window.matchMedia(PHONE).matches) onClose();
      }}
    >
      <div className="room-sheet__head">
        <span className="room-sheet__grip" aria-hidden="true" />
        <button type="button" className="button button--secondary button--small room-sheet__close" onClick={onClose}>
          Close<span className="visually-hidden"> the panel</span>
        </button>
      </div>
      <LiveSidebar sessionId={sessionId} role={role} />
      <div className="room-sheet__phone-only">
        <div className="room-sheet__options" role="group" aria-label="Room options">
          <RoomOptionButtons sessionId={sessionId} screenShareOn={media.screenShareOn} />
        </div>
        <details className="live-section">
          <summary className="live-section__summary">
            <span className="live-section__title">Camera and microphone</span>
          </summary>
          <div className="live-section__body">
            <DeviceSelect kind="videoinput" label="Camera" room={room} onChange={(d) => (choices.current = { ...choices.current, cameraDeviceId: d })} />
            <DeviceSelect kind="audioinput" label="Microphone" room={room} onChange={(d) => (choices.current = { ...choices.current, microphoneDeviceId: d })} />
          </div>
        </details>
      </div>
    </div>
  );
}
