import { ErrorNotice } from '@/components/Notice';
import type { LocalMedia } from '../hooks/use-local-media';
import { StartAudioButton } from './StartAudioButton';

/** What the room has to tell her about her own media, floating over the top of the stage. */
export function RoomNotices({ media, mediaProblem }: { media: LocalMedia; mediaProblem: unknown }) {
  return (
    <div className="room-notices">
      <StartAudioButton />
      {media.mutedByFacilitator > 0 && !media.microphoneOn ? (
        <p className="notice notice--info" role="alert">
          The facilitator muted your microphone. You can unmute yourself when you’re ready.
        </p>
      ) : null}
      <ErrorNotice
        error={mediaProblem}
        fallback="You’re in the room, but we couldn’t turn on your camera or microphone. Check your browser’s permissions, then use the buttons below."
      />
      {media.problem ? (
        <p className="notice notice--error" role="alert">
          {media.problem}
        </p>
      ) : null}
    </div>
  );
}
