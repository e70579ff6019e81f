import { useRef, type ReactNode, type RefObject } from 'react';
import { TrackLoop, useGridLayout, usePagination, useSwipe, type TrackReferenceOrPlaceholder } from '@livekit/components-react';

/**
 * LiveKit's grid, from its own hooks: useGridLayout picks columns and rows for the stage's size,
 * usePagination pages past what fits, a swipe turns the page on a phone. Its ready-made GridLayout
 * draws the page buttons as bare arrows with no names; these say what they do, and the page she is
 * on is said once when it changes.
 */
export function PagedGrid({ tracks, children }: { tracks: TrackReferenceOrPlaceholder[]; children: ReactNode }) {
  // LiveKit's hooks are typed for React 18's refs; the ref is set once the grid is drawn, as they expect.
  const grid = useRef<HTMLDivElement>(null) as RefObject<HTMLDivElement>;
  const { layout } = useGridLayout(grid, tracks.length);
  const pages = usePagination(layout.maxTiles, tracks);
  useSwipe(grid, { onLeftSwipe: pages.nextPage, onRightSwipe: pages.prevPage });
  const paged = pages.totalPageCount > 1;

  return (
    <div ref={grid} className="lk-grid-layout stage__grid" data-lk-pagination={paged}>
      <TrackLoop tracks={pages.tracks}>{children}</TrackLoop>
      {paged ? (
        <nav className="stage__pager" aria-label="Pages of faces">
          <button type="button" className="stage__page-button" onClick={pages.prevPage} disabled={pages.currentPage === 1} aria-label="Previous page of faces">
            <span aria-hidden="true">‹</span>
          </button>
          <span className="stage__page-count" role="status">
            Page {pages.currentPage} of {pages.totalPageCount}
          </span>
          <button
            type="button"
            className="stage__page-button"
            onClick={pages.nextPage}
            disabled={pages.currentPage === pages.totalPageCount}
            aria-label="Next page of faces"
          >
            <span aria-hidden="true">›</span>
          </button>
        </nav>
      ) : null}
    </div>
  );
}
