import { useEffect, useRef, useState } from 'react';
import { remainingMs, type Timer } from '@hearth/shared';
import { useLive } from './live-context';

/**
 * Whole seconds left on a timer, from the server's deadline and this device's clock offset. Redrawn
 * on animation frames, but re-rendered only when the second shown changes. Nothing counts ticks: a
 * background tab (where frames stop) is right again on its first frame back.
 */
export function useSecondsLeft(timer: Timer): number {
  const { offsetMs } = useLive();
  const read = () => Math.ceil(remainingMs(timer, Date.now() + offsetMs) / 1000);
  const [seconds, setSeconds] = useState(read);
  const readRef = useRef(read);
  readRef.current = read;

  useEffect(() => {
    setSeconds(readRef.current());
    if (timer.state !== 'running') return;
    let frame = 0;
    const draw = () => {
      setSeconds(readRef.current());
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    // Frames stop in a hidden tab; when it shows again, redraw at once rather than on the next frame.
    const onVisible = () => document.visibilityState === 'visible' && setSeconds(readRef.current());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [timer, offsetMs]);

  // The state held can lag a new timer by one frame; what is shown is always computed afresh.
  return timer.state === 'running' ? seconds : read();
}

/** The server's clock now, refreshed every `everyMs`: for durations that grow (the current turn's airtime). */
export function useServerNow(everyMs = 1_000): number {
  const { offsetMs } = useLive();
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const id = window.setInterval(() => setNow(Date.now() + offsetMs), everyMs);
    return () => window.clearInterval(id);
  }, [offsetMs, everyMs]);
  return now;
}
