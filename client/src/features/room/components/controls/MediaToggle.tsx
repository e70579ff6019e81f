import { useId, useRef, type RefObject } from 'react';
import { TrackToggle, useRoomContext } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { usePopoverPlacement } from '../../hooks/use-popover-placement';
import type { MediaChoices } from '../../lib/media-choices';
import { DeviceSelect } from '../DeviceSelect';
import { ChevronIcon } from './icons';

interface MediaToggleProps {
  source: Track.Source.Microphone | Track.Source.Camera;
  enabled: boolean;
  shortcut: string;
  choices: RefObject<MediaChoices>;
  onToggled: (enabled: boolean, byHerButton: boolean) => void;
}

const WORDS = {
  [Track.Source.Microphone]: { label: 'Mic', device: 'microphone', kind: 'audioinput' },
  [Track.Source.Camera]: { label: 'Camera', device: 'camera', kind: 'videoinput' },
} as const;

/**
 * Her microphone or camera: LiveKit's TrackToggle (a pressed/not-pressed button with its icon),
 * and beside it a small button opening the device list. The device list is our plain <select>
 * over LiveKit's useMediaDeviceSelect, in a popover: LiveKit's own MediaDeviceMenu nests buttons
 * in options, which screen readers cannot make sense of.
 */
export function MediaToggle({ source, enabled, shortcut, choices, onToggled }: MediaToggleProps) {
  const room = useRoomContext();
  const words = WORDS[source];
  const id = useId();
  const chevron = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  usePopoverPlacement(chevron, popover);

  return (
    <div className={enabled ? 'control-split' : 'control-split control-split--off'} data-testid={`${words.device}-control`}>
      <TrackToggle source={source} showIcon className={`control control--${enabled ? 'plain' : 'off'}`} onChange={onToggled} aria-keyshortcuts={shortcut}>
        <span className="control__label">{words.label}</span>
        <kbd className="shortcut-hint" aria-hidden="true">
          {shortcut}
        </kbd>
      </TrackToggle>
      <button ref={chevron} type="button" className="control-split__more" popoverTarget={id} aria-label={`Choose ${words.device}`}>
        <ChevronIcon />
      </button>
      <div ref={popover} id={id} popover="auto" className="room-popover device-popover">
        <DeviceSelect
          kind={words.kind}
          label={words.device === 'camera' ? 'Camera' : 'Microphone'}
          room={room}
          onChange={(deviceId) => {
            choices.current = { ...choices.current, [words.device === 'camera' ? 'cameraDeviceId' : 'microphoneDeviceId']: deviceId };
            popover.current?.hidePopover();
          }}
        />
      </div>
    </div>
  );
}
