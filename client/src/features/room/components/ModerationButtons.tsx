import type { Participant } from 'livekit-client';
import { CommandError, useCommand } from '@/features/live';
import { ConfirmDialogButton } from './ConfirmDialogButton';

interface ModerationButtonsProps {
  participant: Participant;
  microphoneMuted: boolean;
}

/**
 * A facilitator's two moves on a member's tile. They are the panel's own live commands
 * (`member:mute`, `member:remove`), so the server has one door for each and a refusal reads the same
 * here as there. The server checks the role again; this only offers them.
 */
export function ModerationButtons({ participant, microphoneMuted }: ModerationButtonsProps) {
  const command = useCommand();
  const name = participant.name || 'this member';
  // Her LiveKit identity is her user id (the token is issued for it).
  const userId = participant.identity;
  const muting = command.pending === 'member:mute';

  return (
    <div className="tile__actions">
      {/* Not `disabled` once she is muted: that would drop the facilitator's keyboard focus. Only she can unmute herself. */}
      <button
        type="button"
        className="button button--secondary button--tile"
        aria-label={microphoneMuted ? `${name} is muted` : `Mute ${name}`}
        aria-disabled={microphoneMuted || muting}
        onClick={microphoneMuted || muting ? undefined : () => void command.send('member:mute', { userId })}
      >
        {muting ? 'Muting…' : microphoneMuted ? 'Muted' : 'Mute'}
      </button>
      {/* A refusal closes the dialog and is said under the buttons, like every other refused command. */}
      <ConfirmDialogButton
        label="Remove"
        accessibleLabel={`Remove ${name}`}
        className="button button--danger-outline button--tile"
        question={`Remove ${name} from this session?`}
        explanation={`${name} leaves the room now and can’t rejoin this session. She can still come to the group’s next session.`}
        confirmLabel={`Yes, remove ${name}`}
        onConfirm={() => command.send('member:remove', { userId })}
      />
      <CommandError error={command.error} className="tile__problem" />
    </div>
  );
}
