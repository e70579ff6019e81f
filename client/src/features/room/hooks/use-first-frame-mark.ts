import { useCallback } from 'react';
import { markFirstRemoteFrame } from '../lib/join-timing';

/**
 * A ref for a remote <video>: marks the moment its first frame is painted (not merely attached),
 * which is what "I can see someone" means for the join benchmark.
 */
export function useFirstFrameMark(enabled: boolean) {
  return useCallback(
    (video: HTMLVideoElement | null) => {
      if (!enabled || !video) return;
      if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => markFirstRemoteFrame());
      else (video as HTMLVideoElement).addEventListener('playing', () => markFirstRemoteFrame(), { once: true });
    },
    [enabled],
  );
}
