import { useEffect, useRef } from 'react';
import { useAltShortcut } from '@/features/live';
import type { LocalMedia } from './use-local-media';
import type { RoomOptions } from './room-options';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The room's own shortcuts (the process ones are the live feature's): Alt+M microphone, Alt+V
 * camera, Alt+X privacy, Alt+A audio only, and "?" for the list of them all.
 */
export function useRoomShortcuts(media: LocalMedia, options: RoomOptions, onHelp: () => void) {
  useAltShortcut('m', () => media.setMicrophone(!media.microphoneOn));
  useAltShortcut('v', () => media.setCamera(!media.cameraOn));
  useAltShortcut('x', () => (media.privacyOn ? media.leavePrivacy() : media.enterPrivacy()));
  useAltShortcut('a', () => options.setAudioOnly(!options.audioOnly));

  const help = useRef(onHelp);
  help.current = onHelp;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      help.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
