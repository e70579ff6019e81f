import { useState } from 'react';
import type { Participant } from 'livekit-client';
import { friendlyMessage } from '@/lib/error-messages';
import { muteParticipant, removeParticipant } from '../api/moderation-api';
import { ConfirmDialogButton } from './ConfirmDialogButton';

interface ModerationButtonsProps {
  sessionId: string;
  participant: Participant;
  microphoneMuted: boolean;
}

/** A facilitator's two moves on a member's tile. The server checks the role again; this only offers them. */
export function ModerationButtons({ sessionId, participant, microphoneMuted }: ModerationButtonsProps) {
  const name = participant.name || 'this member';
  const [muting, setMuting] = useState(false);
  const [problem, setProblem] = useState<string>();

  function mute() {
    setMuting(true);
    setProblem(undefined);
    muteParticipant(sessionId, participant.identity)
      .catch((reason: unknown) => setProblem(friendlyMessage(reason, `We couldn’t mute ${name}. Try again.`)))
      .finally(() => setMuting(false));
  }

  return (
    <div className="tile__actions">
      {/* Not `disabled` once she is muted: that would drop the facilitator's keyboard focus. Only she can unmute herself. */}
      <button
        type="button"
        className="button button--secondary button--tile"
        aria-label={microphoneMuted ? `${name} is muted` : `Mute ${name}`}
        aria-disabled={microphoneMuted || muting}
        onClick={microphoneMuted || muting ? undefined : mute}
      >
        {muting ? 'Muting…' : microphoneMuted ? 'Muted' : 'Mute'}
      </button>
      <ConfirmDialogButton
        label="Remove"
        accessibleLabel={`Remove ${name}`}
        className="button button--danger-outline button--tile"
        question={`Remove ${name} from this session?`}
        explanation={`${name} leaves the room now and can’t rejoin this session. She can still come to the group’s next session.`}
        confirmLabel={`Yes, remove ${name}`}
        onConfirm={() => removeParticipant(sessionId, participant.identity)}
      />
      {problem ? (
        <p className="tile__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
