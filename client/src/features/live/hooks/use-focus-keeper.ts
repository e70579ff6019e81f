import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Every state from the server can redraw the panel: a Pause button becomes Resume, a row moves, a
 * round ends. When the control she was on goes away, focus falls to the page and someone using the
 * keyboard would have to find her way back from the top. This puts focus back on the same control,
 * or on the one with the same `data-focus-key`, or on the panel itself. Only for keyboard use: after
 * a click elsewhere the page's focus is hers to leave.
 */
export function useFocusKeeper(container: RefObject<HTMLElement | null>, redrawn: unknown) {
  const last = useRef<{ element: HTMLElement; key: string | undefined } | null>(null);
  const byKeyboard = useRef(false);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target as HTMLElement;
      last.current = { element, key: element.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey };
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget as Node | null;
      if (to && !root.contains(to)) last.current = null;
    };
    const onKey = () => (byKeyboard.current = true);
    const onPointer = () => (byKeyboard.current = false);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [container]);

  useLayoutEffect(() => {
    const root = container.current;
    const was = last.current;
    if (!root || !was || !byKeyboard.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const byKey = was.key ? root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(was.key)}"]`) : null;
    const target = was.element.isConnected ? was.element : (byKey ?? root);
    target.focus({ preventScroll: true });
  }, [container, redrawn]);
}
