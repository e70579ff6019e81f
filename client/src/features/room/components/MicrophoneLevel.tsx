import { useEffect, useState } from 'react';
import { useTrackVolume } from '@livekit/components-react';
import type { LocalAudioTrack } from 'livekit-client';

// Above this the microphone is clearly picking something up; room noise alone stays below it.
const HEARD = 0.02;

/**
 * A live level bar for the eyes, and one sentence for screen readers that changes only once,
 * when we first hear her: a meter announced many times a second would drown everything else.
 */
export function MicrophoneLevel({ track }: { track: LocalAudioTrack }) {
  const volume = useTrackVolume(track);
  const [heard, setHeard] = useState(false);
  useEffect(() => {
    if (volume > HEARD) setHeard(true);
  }, [volume]);

  return (
    <div className="mic-level">
      <div className="mic-level__track" aria-hidden="true">
        <div className="mic-level__fill" style={{ transform: `scaleX(${Math.min(1, volume * 4)})` }} />
      </div>
      <p className="small" role="status">
        {heard ? 'We can hear your microphone.' : 'Say something: the bar moves when we hear you.'}
      </p>
    </div>
  );
}
