import { TrackToggle, useRemoteParticipants } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useCommand } from '@/features/live';
import { useRoomOptions } from '../../hooks/room-options';
import { isFacilitatorParticipant } from '../../lib/roles';
import { EndSessionButton } from '../EndSessionButton';
import { ControlButton } from './ControlButton';
import { AudioOnlyIcon, GalleryIcon, MuteAllIcon, SelfIcon, SpeakerIcon } from './icons';

// Phones and most tablets cannot share a screen from the browser.
const canShareScreen = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';

/**
 * How she sees the room (speaker or gallery, her own picture, audio only) and, for facilitators,
 * screen sharing, mute all and ending the session. In the bar on a wide screen; in the sheet on a phone.
 */
export function RoomOptionButtons({ sessionId, screenShareOn }: { sessionId: string; screenShareOn: boolean }) {
  const options = useRoomOptions();
  const speaker = options.layout === 'speaker';
  return (
    <>
      <ControlButton
        icon={speaker ? <SpeakerIcon /> : <GalleryIcon />}
        label="Speaker view"
        aria-pressed={speaker}
        onClick={() => options.setLayout(speaker ? 'gallery' : 'speaker')}
      />
      <ControlButton icon={<SelfIcon />} label="Hide self" aria-pressed={options.hideSelf} onClick={() => options.setHideSelf(!options.hideSelf)} />
      <ControlButton
        icon={<AudioOnlyIcon />}
        label="Audio only"
        shortcut="Alt+A"
        aria-pressed={options.audioOnly}
        onClick={() => options.setAudioOnly(!options.audioOnly)}
      />
      {options.facilitator && canShareScreen() ? (
        <TrackToggle source={Track.Source.ScreenShare} showIcon className={`control control--${screenShareOn ? 'on' : 'plain'}`}>
          <span className="control__label">Share screen</span>
        </TrackToggle>
      ) : null}
      {options.facilitator ? <MuteAll /> : null}
      {options.facilitator ? <EndSessionButton sessionId={sessionId} /> : null}
    </>
  );
}

/**
 * Mutes every member in the video room whose microphone is on: one `member:mute` each (the server
 * has no bulk command, and each is checked like any other). Facilitators are never muted.
 */
function MuteAll() {
  const command = useCommand();
  const people = useRemoteParticipants();
  const members = people.filter((p) => !isFacilitatorParticipant(p) && p.isMicrophoneEnabled);
  const muteAll = () => {
    for (const member of members) void command.send('member:mute', { userId: member.identity });
  };
  return (
    <ControlButton
      icon={<MuteAllIcon />}
      label="Mute all"
      aria-disabled={members.length === 0 || undefined}
      title={members.length === 0 ? 'Every member is already muted' : `Mute ${members.length} ${members.length === 1 ? 'member' : 'members'}`}
      onClick={members.length === 0 ? undefined : muteAll}
      data-testid="mute-all"
    />
  );
}
