import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { LayoutContextProvider, RoomAudioRenderer } from '@livekit/components-react';
import type { Room } from 'livekit-client';
import { isFacilitatorRole, type Role } from '@hearth/shared';
import { useImmersive } from '@/lib/immersive';
import { LiveBoundary, LiveDock, LiveSidebar } from '@/features/live';
import { useAudioOnly } from '../hooks/use-audio-only';
import { useLocalMedia } from '../hooks/use-local-media';
import { useRoomShortcuts } from '../hooks/use-room-shortcuts';
import type { RoomSession } from '../hooks/use-room-session';
import { RoomOptionsContext, type RoomOptions, type StageLayout } from '../hooks/room-options';
import { ConnectionStatus } from './ConnectionStatus';
import { ControlBar } from './controls/ControlBar';
import { RoomNotices } from './RoomNotices';
import { RoomAnnouncer } from './RoomAnnouncer';
import { RoomSheet } from './RoomSheet';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Stage } from './stage/Stage';

interface InRoomProps {
  room: Room;
  session: RoomSession;
  sessionId: string;
  groupName: string;
  role: Role;
  onLeave: () => void;
}

const WIDE = '(min-width: 64rem)';
const wide = () => typeof window !== 'undefined' && window.matchMedia(WIDE).matches;

/**
 * The room once she pressed Join: the whole window, dark, the faces first. The stage with the
 * process on the tiles; under it her status card (a member) or "Now" (a facilitator); the panel
 * beside it on a wide screen and as a bottom sheet on a phone; the control bar along the bottom.
 * One live connection serves the tiles, the dock and the panel.
 */
export function InRoom({ room, session, sessionId, groupName, role, onLeave }: InRoomProps) {
  useImmersive();
  const media = useLocalMedia(room, session.choices);
  const facilitator = isFacilitatorRole(role);
  const [hideSelf, setHideSelf] = useState(false);
  const [audioOnly, setAudioOnly] = useState(false);
  const [layout, setLayout] = useState<StageLayout>('gallery');
  // The panel starts open beside the video on a wide screen; on a phone the faces come first.
  const [panelOpen, setPanelOpen] = useState(wide);
  const [helpOpen, setHelpOpen] = useState(false);
  const panelId = useId();
  const options = useMemo<RoomOptions>(
    () => ({ facilitator, audioOnly, setAudioOnly, layout, setLayout, hideSelf, setHideSelf }),
    [facilitator, audioOnly, layout, hideSelf],
  );
  useAudioOnly(room, audioOnly);
  useRoomShortcuts(media, options, () => setHelpOpen(true));
  const { status } = session;
  const inRoom = status.phase === 'connected' || status.phase === 'reconnecting';
  const panelButton = useRef<HTMLButtonElement>(null);

  // A window that crosses between wide and narrow gets the panel that suits it: beside the faces, or folded away.
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const follow = () => setPanelOpen(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  // Leaving the page's scroll alone behind the fixed room (a phone would otherwise scroll the body under it).
  useEffect(() => {
    document.documentElement.classList.add('in-room');
    return () => document.documentElement.classList.remove('in-room');
  }, []);

  return (
    <RoomOptionsContext.Provider value={options}>
      <LayoutContextProvider>
        <LiveBoundary sessionId={sessionId}>
          <div className="room-shell" data-panel={panelOpen ? 'open' : 'closed'} data-testid="room-shell" data-audio-only={audioOnly}>
            <div className="room-shell__stage">
              <ConnectionStatus status={status} groupName={groupName} onRetryNow={session.retryNow} />
              <RoomNotices media={media} mediaProblem={session.mediaProblem} />
              {inRoom ? (
                <Stage />
              ) : (
                <div className="stage-waiting">
                  <span className="waiting__pulse" aria-hidden="true" />
                  <p>
                    {status.phase === 'joining'
                      ? 'Connecting you to the group…'
                      : 'We’ll bring you into the room as soon as the connection allows, with your camera and microphone as you chose them.'}
                  </p>
                </div>
              )}
            </div>
            <div className="room-shell__dock">
              <LiveDock />
            </div>
            <RoomSheet
              id={panelId}
              open={panelOpen}
              onClose={() => {
                setPanelOpen(false);
                panelButton.current?.focus();
              }}
              sessionId={sessionId}
              role={role}
              media={media}
              choices={session.choices}
            />
            {inRoom ? (
              <ControlBar
                media={media}
                choices={session.choices}
                sessionId={sessionId}
                panelOpen={panelOpen}
                panelId={panelId}
                panelButton={panelButton}
                panelLabel={facilitator ? 'Tools' : 'Group'}
                onPanel={() => setPanelOpen((open) => !open)}
                onShortcuts={() => setHelpOpen(true)}
                onLeave={onLeave}
              />
            ) : (
              <nav className="control-bar" aria-label="Room controls">
                <button type="button" className="control control--danger" onClick={onLeave}>
                  <span className="control__label">Leave the room</span>
                </button>
              </nav>
            )}
            <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} facilitator={facilitator} />
            <RoomAudioRenderer />
            <RoomAnnouncer />
          </div>
        </LiveBoundary>
      </LayoutContextProvider>
    </RoomOptionsContext.Provider>
  );
}
