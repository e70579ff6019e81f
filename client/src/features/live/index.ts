/** The live facilitation tools: what other features may import from here, and nothing else. */
export { LiveSidebar, type LiveSidebarProps } from './components/LiveSidebar';
export { LobbyWait, type LobbyWaitProps } from './components/LobbyWait';
/** Optional: a page that shows both the lobby and the room can hold one connection across them. */
export { LiveProvider } from './hooks/live-context';
