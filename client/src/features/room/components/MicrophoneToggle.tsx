import { useState } from 'react';
import { useLocalParticipant } from '@livekit/components-react';

/** People join muted and choose when to be heard. */
export function MicrophoneToggle() {
  const { localParticipant, isMicrophoneEnabled } = useLocalParticipant();
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);

  async function toggle() {
    setPending(true);
    setProblem(undefined);
    try {
      await localParticipant.setMicrophoneEnabled(!isMicrophoneEnabled);
    } catch {
      setProblem('We couldn’t use your microphone. Check that your browser is allowed to use it, then try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" aria-pressed={isMicrophoneEnabled} disabled={pending} onClick={() => void toggle()}>
        {isMicrophoneEnabled ? 'Mute my microphone' : 'Unmute my microphone'}
      </button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
