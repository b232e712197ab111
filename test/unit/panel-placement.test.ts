// Where the panel goes (src/content/panel/placement.ts): rectangles in, a corner out, no browser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxAt, intersects, MARGIN, placePanel, type Box, type Corner } from '../../src/content/panel/placement';

const VIEW = { width: 1280, height: 800 };
const PANEL = { width: 400, height: 300 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const NONE = { targets: [], message: [] };

describe('placePanel', () => {
  it('stays bottom right, as tall as it needs, when nothing is in the way', () => {
    expect(placePanel(VIEW, PANEL, NONE)).toEqual({ corner: 'bottom-right', maxHeight: null });
  });

  it('leaves the corner of the outlined element for the next one', () => {
    const valider = box(1000, 650, 120, 40);
    expect(placePanel(VIEW, PANEL, { targets: [valider], message: [] }).corner).toBe('bottom-left');
  });

  it('covers neither the outlined element nor the message', () => {
    const avoid = { targets: [box(1000, 650, 120, 40)], message: [box(40, 600, 500, 80)] };
    expect(placePanel(VIEW, PANEL, avoid).corner).toBe('top-right');
    const everywhereButTopLeft = { ...avoid, message: [box(40, 600, 500, 80), box(1100, 40, 100, 40)] };
    expect(placePanel(VIEW, PANEL, everywhereButTopLeft).corner).toBe('top-left');
  });

  it('keeps clear of the outline around the element, not only of its box', () => {
    // 4 px below the panel's top edge at bottom right: the 3 px outline, 2 px away, would be covered.
    const top = VIEW.height - MARGIN - PANEL.height;
    const near = box(VIEW.width - MARGIN - 100, top - 4 - 30, 100, 30);
    expect(placePanel(VIEW, PANEL, { targets: [near], message: [] }).corner).not.toBe('bottom-right');
  });

  it('ignores what is scrolled out of view', () => {
    const above = box(1000, -500, 120, 40);
    const below = box(1000, 900, 120, 40);
    expect(placePanel(VIEW, PANEL, { targets: [above, below], message: [] }).corner).toBe('bottom-right');
  });

  it('is cut to the free band below a banner that crosses the whole page, and scrolls within it', () => {
    const banner = box(0, 200, 1280, 40);
    const tall = { width: 400, height: 700 };
    // Below the banner: 800 - 16 - (240 + 8) = 536 px; above it only 200 - 8 - 16 = 176.
    expect(placePanel(VIEW, tall, { targets: [], message: [banner] })).toEqual({
      corner: 'bottom-right',
      maxHeight: 536,
    });
    const low = box(0, 560, 1280, 40);
    expect(placePanel(VIEW, tall, { targets: [], message: [low] })).toEqual({ corner: 'top-right', maxHeight: 536 });
  });

  it('breaks ties between cut corners in favour of the first one, fractions of a pixel aside', () => {
    const row = box(81, 248, 1118, 32.5);
    expect(placePanel(VIEW, { width: 400, height: 532 }, { targets: [row], message: [] })).toEqual({
      corner: 'bottom-right',
      maxHeight: 495,
    });
  });

  it('would rather cover the message than the element to click', () => {
    const avoid = { targets: [box(640, 0, 640, 800)], message: [box(0, 0, 640, 800)] };
    expect(placePanel(VIEW, PANEL, avoid).corner).toBe('bottom-left');
  });

  it('covers the least of the elements to click when it cannot miss them all', () => {
    const avoid = { targets: [box(0, 0, 1280, 400), box(0, 400, 700, 400)], message: [] };
    expect(placePanel(VIEW, PANEL, avoid).corner).toBe('bottom-right');
  });

  it('fits a 320 px wide viewport', () => {
    const narrow = { width: 320, height: 568 };
    const placement = placePanel(narrow, PANEL, { targets: [box(20, 500, 200, 40)], message: [] });
    const at = boxAt(placement.corner, narrow, narrow.width - 2 * MARGIN, PANEL.height);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.right).toBeLessThanOrEqual(narrow.width);
    expect(placement.corner.startsWith('top')).toBe(true);
  });
});

const rect = fc
  .record({ left: fc.integer({ min: -200, max: 1400 }), top: fc.integer({ min: -200, max: 1000 }) })
  .chain(({ left, top }) =>
    fc
      .record({ width: fc.integer({ min: 1, max: 600 }), height: fc.integer({ min: 1, max: 400 }) })
      .map(({ width, height }) => box(left, top, width, height)),
  );
const CORNERS: Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

describe('placePanel: properties', () => {
  it('never covers what a free corner would have left alone, and stays in the viewport', () => {
    const world = fc.record({
      view: fc.record({ width: fc.integer({ min: 320, max: 1920 }), height: fc.integer({ min: 300, max: 1200 }) }),
      panel: fc.record({ width: fc.integer({ min: 100, max: 400 }), height: fc.integer({ min: 44, max: 900 }) }),
      targets: fc.array(rect, { maxLength: 3 }),
      message: fc.array(rect, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(world, ({ view, panel, targets, message }) => {
        const width = Math.min(panel.width, view.width - 2 * MARGIN);
        const height = Math.min(panel.height, view.height - 2 * MARGIN);
        const placement = placePanel(view, panel, { targets, message });
        const placed = boxAt(placement.corner, view, width, Math.min(height, placement.maxHeight ?? height));
        expect(placed.left).toBeGreaterThanOrEqual(0);
        expect(placed.top).toBeGreaterThanOrEqual(0);
        expect(placed.right).toBeLessThanOrEqual(view.width);
        expect(placed.bottom).toBeLessThanOrEqual(view.height);
        const all = [...targets, ...message];
        // Free with room for the outline (8 px around): then the panel takes such a corner.
        const grown = all.map((o) => box(o.left - 8, o.top - 8, o.right - o.left + 16, o.bottom - o.top + 16));
        const free = CORNERS.some((c) => !grown.some((o) => intersects(boxAt(c, view, width, height), o)));
        if (free) expect(all.filter((o) => intersects(placed, o))).toEqual([]);
      }),
      { seed: 20_261_128, numRuns: 500 },
    );
  });
});
