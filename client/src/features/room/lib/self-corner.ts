/** Where her own small picture sits on the stage: a corner she chose, kept on this device. */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

const KEY = 'hearth:self-view-corner';

export const CORNER_LABEL: Record<Corner, string> = {
  'bottom-right': 'bottom right',
  'bottom-left': 'bottom left',
  'top-left': 'top left',
  'top-right': 'top right',
};

const isCorner = (value: unknown): value is Corner => CORNERS.includes(value as Corner);

export function storedCorner(): Corner {
  try {
    const value = localStorage.getItem(KEY);
    return isCorner(value) ? value : 'bottom-right';
  } catch {
    return 'bottom-right';
  }
}

export function storeCorner(corner: Corner) {
  try {
    localStorage.setItem(KEY, corner);
  } catch {
    // Private windows may refuse storage; the corner then lasts only for this visit.
  }
}

/** The next corner round the stage, for the keyboard's "move" button. */
export const nextCorner = (corner: Corner): Corner => CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length] as Corner;

/** The corner nearest to where she let go of the picture, from its centre within the stage. */
export function nearestCorner(centre: { x: number; y: number }, stage: { width: number; height: number }): Corner {
  const top = centre.y < stage.height / 2;
  const left = centre.x < stage.width / 2;
  return `${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}` as Corner;
}
