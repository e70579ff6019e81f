import { useCallback, useSyncExternalStore } from 'react';
import { chimeWanted, setChimeWanted } from '../lib/chime';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The arrival chime's on/off, shared by the settings checkbox and the toast that plays it. */
export function useChimeSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, chimeWanted);
  const set = useCallback((value: boolean) => {
    setChimeWanted(value);
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}
