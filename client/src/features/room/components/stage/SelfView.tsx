import { useRef, useState, type PointerEvent } from 'react';
import type { TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { CORNER_LABEL, nearestCorner, nextCorner, storedCorner, storeCorner, type Corner } from '../../lib/self-corner';
import { ParticipantTile } from './ParticipantTile';

/**
 * Her own small picture, floating in a corner of the stage. She drags it to another corner (it snaps
 * to the nearest one when she lets go), or moves it round with its button from the keyboard; the
 * corner is kept on this device. Hiding it is the control bar's.
 */
export function SelfView({ own }: { own: TrackReferenceOrPlaceholder }) {
  const [corner, setCorner] = useState<Corner>(storedCorner);
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const place = (next: Corner) => {
    setCorner(next);
    storeCorner(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('button')) return;
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    event.currentTarget.style.translate = `${event.clientX - drag.current.x}px ${event.clientY - drag.current.y}px`;
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    const stage = box.current?.parentElement?.getBoundingClientRect();
    const picture = event.currentTarget.getBoundingClientRect();
    event.currentTarget.style.translate = '';
    if (!stage) return;
    const centre = { x: picture.left + picture.width / 2 - stage.left, y: picture.top + picture.height / 2 - stage.top };
    place(nearestCorner(centre, stage));
  };

  const next = nextCorner(corner);
  return (
    <div
      ref={box}
      className="self-view"
      data-testid="self-view"
      data-corner={corner}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <ParticipantTile trackRef={own} variant="self" />
      <button type="button" className="self-view__move" onClick={() => place(next)} aria-label={`Move your picture to the ${CORNER_LABEL[next]}`}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M12 2l3 3h-2v6h6V9l3 3-3 3v-2h-6v6h2l-3 3-3-3h2v-6H5v2l-3-3 3-3v2h6V5H9z" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}
