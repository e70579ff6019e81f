import { useEffect, useRef, useState } from 'react';
import { remainingMs, type Timer } from '@hearth/shared';
import { useLive } from './live-context';

/**
 * Whole seconds left on a timer, from the server's deadline and this device's clock offset. Always
 * computed afresh on render, so a new timer is never shown with the old one's seconds; animation
 * frames only ask for a render when the second shown would change. Nothing counts ticks: a
 * background tab (where frames stop) is right again on its first frame back.
 */
export function useSecondsLeft(timer: Timer): number {
  const { offsetMs } = useLive();
  const seconds = Math.ceil(remainingMs(timer, Date.now() + offsetMs) / 1000);
  const shown = useRef(seconds);
  shown.current = seconds;
  const [, redraw] = useState(0);

  useEffect(() => {
    if (timer.state !== 'running') return;
    const due = () => Math.ceil(remainingMs(timer, Date.now() + offsetMs) / 1000) !== shown.current;
    let frame = 0;
    const draw = () => {
      if (due()) redraw((n) => n + 1);
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    // Frames stop in a hidden or background tab (and a busy browser may not give one frames at all):
    // a once-a-second check keeps its countdown true there, where timers still run at that pace.
    const tick = window.setInterval(() => due() && redraw((n) => n + 1), 1_000);
    // When it shows again, redraw at once rather than on the next frame.
    const onVisible = () => document.visibilityState === 'visible' && due() && redraw((n) => n + 1);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelAnimationFrame(frame);
      window.clearInterval(tick);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [timer, offsetMs]);

  return seconds;
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
