import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { StopReason } from '../lib/connection-outcomes';

interface RoomStoppedProps {
  reason: StopReason;
  groupId: string;
  /** Opens the next step of the gate: reading and signing the new agreement. */
  onReadAgreement: () => void;
  onRejoinHere: () => void;
}

const TEXT: Record<StopReason, { title: string; body: string }> = {
  removed: {
    title: 'The facilitator removed you from this session',
    body: 'You can’t rejoin this session. If you think this is a mistake, or you’d like to talk about it, contact your facilitator directly.',
  },
  ended: {
    title: 'This session has ended',
    body: 'Thank you for being part of it. Your next session will appear on the group page.',
  },
  agreement: {
    title: 'The group agreement has changed',
    body: 'Your facilitator published a new version of the group agreement. Please read and sign it to join the session.',
  },
  elsewhere: {
    title: 'You joined from another window',
    body: 'This session is open in another tab or on another device, so we closed it here.',
  },
};

/** The end of a visit the page will not undo by itself, said plainly, with the one next step. */
export function RoomStopped({ reason, groupId, onReadAgreement, onRejoinHere }: RoomStoppedProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the news, so keyboard and screen reader users land on it rather than on a vanished button.
  useEffect(() => heading.current?.focus(), [reason]);
  const { title, body } = TEXT[reason];

  return (
    <div className="room-stopped" role="alert" data-stop-reason={reason}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{body}</p>
      <div className="button-row">
        {reason === 'agreement' ? (
          <button type="button" className="button button--primary" onClick={onReadAgreement}>
            Read the new agreement
          </button>
        ) : null}
        {reason === 'elsewhere' ? (
          <button type="button" className="button button--primary" onClick={onRejoinHere}>
            Use this window instead
          </button>
        ) : null}
        <Link className="button button--secondary" to={paths.group(groupId)}>
          Back to the group
        </Link>
      </div>
    </div>
  );
}
