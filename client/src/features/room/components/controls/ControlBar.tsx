import type { RefObject } from 'react';
import { Track } from 'livekit-client';
import type { LocalMedia } from '../../hooks/use-local-media';
import type { MediaChoices } from '../../lib/media-choices';
import { ControlButton } from './ControlButton';
import { KeyboardIcon, LeaveIcon, PanelIcon, PrivacyIcon } from './icons';
import { MediaToggle } from './MediaToggle';
import { RoomOptionButtons } from './RoomOptionButtons';

interface ControlBarProps {
  media: LocalMedia;
  choices: RefObject<MediaChoices>;
  sessionId: string;
  panelOpen: boolean;
  panelId: string;
  panelButton: RefObject<HTMLButtonElement | null>;
  panelLabel: string;
  onPanel: () => void;
  onShortcuts: () => void;
  onLeave: () => void;
}

/**
 * The bar along the bottom: microphone and camera (each with its device list), privacy (camera off
 * and mute at once, for when someone walks in), how she sees the room, the panel or sheet, the
 * shortcuts, and the way out. On a phone only the first few stay; the rest move into the sheet.
 */
export function ControlBar({ media, choices, sessionId, panelOpen, panelId, panelButton, panelLabel, onPanel, onShortcuts, onLeave }: ControlBarProps) {
  return (
    <nav className="control-bar" aria-label="Room controls">
      <div className="control-bar__group">
        <MediaToggle source={Track.Source.Microphone} enabled={media.microphoneOn} shortcut="Alt+M" choices={choices} onToggled={media.onMicrophoneToggled} />
        <MediaToggle source={Track.Source.Camera} enabled={media.cameraOn} shortcut="Alt+V" choices={choices} onToggled={media.onCameraToggled} />
        <ControlButton
          icon={<PrivacyIcon />}
          label={media.privacyOn ? 'I’m back' : 'Privacy'}
          shortcut="Alt+X"
          tone={media.privacyOn ? 'off' : 'plain'}
          aria-describedby="privacy-hint"
          onClick={media.privacyOn ? media.leavePrivacy : media.enterPrivacy}
        />
        <span id="privacy-hint" className="visually-hidden">
          {media.privacyOn ? 'Turns your camera and microphone back on as they were' : 'Turns your camera off and mutes you at once'}
        </span>
      </div>
      <div className="control-bar__group control-bar__group--wide">
        <RoomOptionButtons sessionId={sessionId} screenShareOn={media.screenShareOn} />
      </div>
      <div className="control-bar__group">
        <ControlButton
          ref={panelButton}
          icon={<PanelIcon />}
          label={panelLabel}
          aria-expanded={panelOpen}
          aria-controls={panelId}
          onClick={onPanel}
          data-testid="panel-toggle"
        />
        <ControlButton icon={<KeyboardIcon />} label="Shortcuts" shortcut="?" className="control--pointer-only" aria-haspopup="dialog" onClick={onShortcuts} />
        <ControlButton
          icon={<LeaveIcon />}
          label={
            <>
              Leave<span className="visually-hidden"> the room</span>
            </>
          }
          tone="danger"
          onClick={onLeave}
        />
      </div>
    </nav>
  );
}
