import { createContext, useContext } from 'react';

export type StageLayout = 'gallery' | 'speaker';

/** How this viewer has the room set up: passed to tiles and controls without threading props through LiveKit's layouts. */
export interface RoomOptions {
  facilitator: boolean;
  /** Others' video is not received (weak connection): tiles show names. */
  audioOnly: boolean;
  setAudioOnly: (on: boolean) => void;
  layout: StageLayout;
  setLayout: (layout: StageLayout) => void;
  hideSelf: boolean;
  setHideSelf: (hide: boolean) => void;
}

export const RoomOptionsContext = createContext<RoomOptions | null>(null);

export function useRoomOptions(): RoomOptions {
  const options = useContext(RoomOptionsContext);
  if (!options) throw new Error('useRoomOptions needs the room (InRoom) above it');
  return options;
}
