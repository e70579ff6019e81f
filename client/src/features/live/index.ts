/** The live facilitation tools: what other features may import from here, and nothing else. */
export { LiveSidebar, type LiveSidebarProps } from './components/LiveSidebar';
export { LobbyWait, type LobbyWaitProps } from './components/LobbyWait';
/**
 * LiveProvider: a page that shows both the lobby and the room can hold one connection across them.
 * LiveBoundary: the same connection for everything below it (opened here unless one is already above).
 */
export { LiveBoundary, LiveProvider } from './hooks/live-context';
/** Controls outside the panel (a tile's Mute and Remove) send commands and say refusals as the panel does. */
export { useCommand, type Command } from './hooks/use-command';
export { CommandError } from './components/CommandError';
