import { useCallback, useRef, useState } from 'react';

export interface Action<A extends unknown[], T> {
  /** Runs the action; resolves to its result, or undefined when it failed (the error is in `error`). */
  run: (...args: A) => Promise<T | undefined>;
  pending: boolean;
  error: unknown;
  reset: () => void;
}

/** A write the person started: tracks it so buttons can show progress and forms the failure. */
export function useAction<A extends unknown[], T>(perform: (...args: A) => Promise<T>): Action<A, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const performRef = useRef(perform);
  performRef.current = perform;

  const run = useCallback(async (...args: A) => {
    setPending(true);
    setError(undefined);
    try {
      return await performRef.current(...args);
    } catch (reason) {
      setError(reason);
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
