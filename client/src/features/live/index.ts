/** The live facilitation tools: what other features may import from here, and nothing else. */
export { LiveSidebar, type LiveSidebarProps } from './components/LiveSidebar';
/** What stays in view in the room: her status card or the facilitator's "Now", the live region, shortcuts, arrivals. */
export { LiveDock } from './components/LiveDock';
export { LobbyWait, type LobbyWaitProps } from './components/LobbyWait';
/** The process on one person's tile (floor and time left, hand and place, a moment for facilitators), and the facts behind it. */
export { TileProcess } from './components/tile/TileProcess';
export { useFloorHolder, useFloorSpotlight, useTileProcess, type TileProcess as TileProcessFacts } from './hooks/use-tile-process';
/**
 * LiveProvider: a page that shows both the lobby and the room can hold one connection across them.
 * LiveBoundary: the same connection for everything below it (opened here unless one is already above).
 */
export { LiveBoundary, LiveProvider } from './hooks/live-context';
/** Controls outside the panel (a tile's menu, mute all) send commands and say refusals as the panel does. */
export { useCommand, type Command } from './hooks/use-command';
export { CommandError } from './components/CommandError';
/** The same Alt+letter handling the room's own shortcuts use. */
export { useAltShortcut } from './hooks/use-shortcut';
/** Read-only, for features that show the live state (the session plan): the state and the server's clock. */
export { useLiveState } from './hooks/live-context';
export { useServerNow } from './hooks/use-server-clock';
