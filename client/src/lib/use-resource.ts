import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  /** The data for the current inputs; never the previous page's data while new data loads. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the current data on screen meanwhile. */
  reload: () => void;
  /** Replaces the data after a write answered with the new value, without a round trip. */
  setData: (data: T) => void;
}

/**
 * Loads something when a screen mounts or its inputs change, and drops answers that arrive after
 * the screen has moved on. Small on purpose: Hearth's screens each load a few things at most.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const key = JSON.stringify(deps);
  const [loaded, setLoaded] = useState<{ key: string; data: T }>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal)
      .then((data) => {
        if (controller.signal.aborted) return;
        setLoaded({ key, data });
        setError(undefined);
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) setError(reason);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
    // `key` stands for the caller's inputs; `load` is usually a fresh closure on every render.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: T) => setLoaded({ key, data }), [key]);
  return { data: loaded?.key === key ? loaded.data : undefined, error, loading, reload, setData };
}
