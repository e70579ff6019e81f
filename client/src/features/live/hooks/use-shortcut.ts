import { useEffect, useRef } from 'react';

/** Where a keystroke belongs to what she is typing, not to the room. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * Alt + a letter, anywhere on the page but in a text field. Matched on the physical key (`code`),
 * because on a Mac Alt+H types "˙" and `key` would never be "h".
 */
export function useAltShortcut(letter: string, action: () => void, enabled = true) {
  const actionRef = useRef(action);
  actionRef.current = action;

  useEffect(() => {
    if (!enabled) return;
    const code = `Key${letter.toUpperCase()}`;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      if (event.code !== code || isTyping(event.target)) return;
      event.preventDefault();
      actionRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [letter, enabled]);
}
