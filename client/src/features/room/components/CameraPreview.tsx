import { useEffect, useRef } from 'react';
import type { LocalVideoTrack } from 'livekit-client';

/** Her own camera, mirrored like a mirror, so she sees what the group will see. */
export function CameraPreview({ track, label = 'Your camera preview' }: { track: LocalVideoTrack | undefined; label?: string }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!track || !element) return;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  return (
    <div className="prejoin__preview">
      {track ? <video ref={video} className="prejoin__video" muted playsInline aria-label={label} /> : <p className="prejoin__off">Your camera is off</p>}
    </div>
  );
}
