import { useAudioPlayback, useRoomContext } from '@livekit/components-react';

/**
 * Browsers may block sound until the person presses something on the page. When that happens she
 * would sit in silence without knowing why, so say it and offer the press.
 */
export function StartAudioButton() {
  const room = useRoomContext();
  const { canPlayAudio, startAudio } = useAudioPlayback(room);
  if (canPlayAudio) return null;
  return (
    <div className="notice notice--info start-audio" role="alert">
      <p>Your browser has paused the group’s sound.</p>
      <button type="button" className="button button--primary" onClick={() => void startAudio().catch(() => undefined)}>
        Turn on sound
      </button>
    </div>
  );
}
