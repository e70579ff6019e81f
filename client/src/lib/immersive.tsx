import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

interface Immersive {
  immersive: boolean;
  setImmersive: (on: boolean) => void;
}

const ImmersiveContext = createContext<Immersive>({ immersive: false, setImmersive: () => undefined });

/**
 * Whether a screen has taken the whole window (the video room): the site's header, breadcrumb and
 * footer step aside while it does, because in the room the faces are the page.
 */
export function ImmersiveProvider({ children }: { children: ReactNode }) {
  const [immersive, setImmersive] = useState(false);
  return <ImmersiveContext.Provider value={{ immersive, setImmersive }}>{children}</ImmersiveContext.Provider>;
}

export const useIsImmersive = () => useContext(ImmersiveContext).immersive;

/** Takes the whole window while the calling component is on screen. */
export function useImmersive(active = true) {
  const { setImmersive } = useContext(ImmersiveContext);
  useEffect(() => {
    if (!active) return;
    setImmersive(true);
    return () => setImmersive(false);
  }, [active, setImmersive]);
}
