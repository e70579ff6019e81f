import { useEffect, type RefObject } from 'react';

const GAP = 8;

/**
 * Places a popover (the HTML `popover` attribute: top layer, Escape and light dismiss for free) next
 * to the button that opens it: above when there is room (the controls sit at the bottom), else
 * below, kept inside the window. Positioned from script because CSS anchor positioning is not yet
 * in every browser the group uses.
 */
export function usePopoverPlacement(button: RefObject<HTMLElement | null>, popover: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const pop = popover.current;
    if (!pop) return;
    const place = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open' || !button.current) return;
      const anchor = button.current.getBoundingClientRect();
      const { width, height } = pop.getBoundingClientRect();
      const above = anchor.top - GAP - height;
      const top = above >= GAP ? above : Math.min(anchor.bottom + GAP, window.innerHeight - height - GAP);
      const left = Math.min(Math.max(GAP, anchor.left + anchor.width / 2 - width / 2), window.innerWidth - width - GAP);
      pop.style.top = `${Math.max(GAP, top)}px`;
      pop.style.left = `${Math.max(GAP, left)}px`;
    };
    pop.addEventListener('toggle', place);
    return () => pop.removeEventListener('toggle', place);
  }, [button, popover]);
}
