/** The live facilitation tools: what other features may import from here, and nothing else. */
export { LiveSidebar, type LiveSidebarProps } from './components/LiveSidebar';
export { LobbyWait, type LobbyWaitProps } from './components/LobbyWait';
