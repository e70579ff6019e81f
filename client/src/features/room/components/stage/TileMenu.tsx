import { useId, useRef, useState } from 'react';
import { useLayoutContext, useMaybeTrackRefContext } from '@livekit/components-react';
import type { Participant } from 'livekit-client';
import { CommandError, useCommand } from '@/features/live';
import { usePopoverPlacement } from '../../hooks/use-popover-placement';
import { useRoomOptions } from '../../hooks/room-options';
import { ConfirmDialog } from '../ConfirmDialog';

interface TileMenuProps {
  participant: Participant;
  microphoneMuted: boolean;
}

/**
 * A facilitator's quiet hand on one member's tile: a small "more" button opening give the floor,
 * show her large, mute and remove. Behind a menu rather than red buttons under every face, which in
 * a therapy group reads as a threat. The moves are the panel's own live commands, so the server
 * checks them again and a refusal reads the same everywhere.
 */
export function TileMenu({ participant, microphoneMuted }: TileMenuProps) {
  const command = useCommand();
  const layout = useLayoutContext();
  const trackRef = useMaybeTrackRefContext();
  const { setLayout } = useRoomOptions();
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  usePopoverPlacement(button, menu);
  const name = participant.name || 'this member';
  // Her LiveKit identity is her user id (the token is issued for it).
  const userId = participant.identity;

  const act = (action: () => void) => () => {
    menu.current?.hidePopover();
    action();
  };

  return (
    <>
      <button ref={button} type="button" className="tile__more" popoverTarget={id} aria-label={`Options for ${name}`} data-testid="tile-menu-button">
        <span aria-hidden="true">⋯</span>
      </button>
      <div ref={menu} id={id} popover="auto" className="room-popover tile-menu" aria-label={`Options for ${name}`} role="group">
        <button type="button" className="tile-menu__item" onClick={act(() => void command.send('floor:give', { userId }))}>
          Give {name} the floor
        </button>
        {trackRef ? (
          <button
            type="button"
            className="tile-menu__item"
            onClick={act(() => {
              layout.pin.dispatch?.({ msg: 'set_pin', trackReference: trackRef });
              setLayout('speaker');
            })}
          >
            Show {name} large
          </button>
        ) : null}
        {/* Only she can unmute herself; once muted there is nothing here to do. */}
        {microphoneMuted ? null : (
          <button type="button" className="tile-menu__item" onClick={act(() => void command.send('member:mute', { userId }))}>
            Mute {name}
          </button>
        )}
        <button type="button" className="tile-menu__item tile-menu__item--danger" aria-haspopup="dialog" onClick={act(() => setConfirming(true))}>
          Remove {name}…
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        question={`Remove ${name} from this session?`}
        explanation={`${name} leaves the room now and can’t rejoin this session. She can still come to the group’s next session.`}
        confirmLabel={`Yes, remove ${name}`}
        onConfirm={() => command.send('member:remove', { userId })}
      />
      <CommandError error={command.error} className="tile__problem" />
    </>
  );
}
