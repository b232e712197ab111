/** A rectangle in viewport coordinates (CSS pixels), as getBoundingClientRect gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Where the panel goes, and how tall it may be there (null: as tall as it needs, within the viewport). */
export interface Placement {
  readonly corner: Corner;
  readonly maxHeight: number | null;
}

/** What the panel must not cover: the outlined elements, and the message box the fix is about. */
export interface Avoid {
  readonly targets: readonly Box[];
  readonly message: readonly Box[];
}

/** The panel's distance from the viewport's edges (panel.css says the same). */
export const MARGIN = 16;
// Room around what is avoided: the outline (3 px, 2 px away) and a little air.
const GAP = 8;
// Below this the panel is too short to read: better to cover the message than to be a slit.
const MIN_HEIGHT = 120;
// The default corner first: where the panel always showed.
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
// Covering the element to click costs more than covering the message (the fix says what it said).
const TARGET_WEIGHT = 4;

export const DEFAULT_PLACEMENT: Placement = { corner: 'bottom-right', maxHeight: null };

/** The panel's rectangle at `corner`, `width` by `height`. */
export function boxAt(corner: Corner, viewport: Size, width: number, height: number): Box {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - height;
  return { left, top, right: left + width, bottom: top + height };
}

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const area = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** `boxes` widened by GAP and cut to the viewport; those wholly outside it (scrolled away) are dropped. */
function obstacles(boxes: readonly Box[], viewport: Size): Box[] {
  return boxes
    .map((b) => ({
      left: Math.max(0, b.left - GAP),
      top: Math.max(0, b.top - GAP),
      right: Math.min(viewport.width, b.right + GAP),
      bottom: Math.min(viewport.height, b.bottom + GAP),
    }))
    .filter((b) => b.left < b.right && b.top < b.bottom);
}

/**
 * A corner where the panel covers none of `avoid`: at its own height if one is free, else the corner
 * with the tallest free band above or below everything avoided in its column, if that band is tall
 * enough to read (the panel then scrolls within it). Null when there is none.
 */
function avoiding(avoid: readonly Box[], viewport: Size, width: number, height: number): Placement | null {
  const free = CORNERS.find((c) => !avoid.some((o) => intersects(boxAt(c, viewport, width, height), o)));
  if (free) return { corner: free, maxHeight: null };
  let best: Placement | null = null;
  for (const corner of CORNERS) {
    const column = boxAt(corner, viewport, width, viewport.height - 2 * MARGIN);
    const inColumn = avoid.filter((o) => intersects(column, o));
    const room = Math.floor(
      corner.startsWith('top')
        ? Math.min(...inColumn.map((o) => o.top)) - MARGIN
        : viewport.height - MARGIN - Math.max(...inColumn.map((o) => o.bottom)),
    );
    // Ties go to the corner met first: the default one, then its neighbours.
    if (room >= MIN_HEIGHT && room > (best?.maxHeight ?? 0)) best = { corner, maxHeight: room };
  }
  return best;
}

/**
 * Where the panel goes: the first corner (bottom right, bottom left, top right, top left) where it
 * covers neither the outlined elements nor the message; else the same with a height cut to the free
 * band of a corner; else the outlined elements alone are kept clear; else the corner that covers the
 * least of them. Pure: rectangles in, a corner out, so it is tested without a browser.
 */
export function placePanel(viewport: Size, panel: Size, avoid: Avoid): Placement {
  const width = Math.min(panel.width, Math.max(0, viewport.width - 2 * MARGIN));
  const height = Math.min(panel.height, Math.max(0, viewport.height - 2 * MARGIN));
  const targets = obstacles(avoid.targets, viewport);
  const message = obstacles(avoid.message, viewport);
  const found =
    avoiding([...targets, ...message], viewport, width, height) ?? avoiding(targets, viewport, width, height);
  if (found) return found;
  const cost = (corner: Corner): number => {
    const box = boxAt(corner, viewport, width, height);
    const sum = (list: Box[]): number => list.reduce((total, o) => total + area(box, o), 0);
    return TARGET_WEIGHT * sum(targets) + sum(message);
  };
  const corner = CORNERS.reduce((best, c) => (cost(c) < cost(best) ? c : best));
  return { corner, maxHeight: null };
}
