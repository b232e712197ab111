import { Follower } from './follower';
import { DEFAULT_PLACEMENT, MARGIN, placePanel, type Box, type Corner, type Placement, type Size } from './placement';

/** What the panel keeps clear: the outlined elements and the message boxes (the matches' evidence). */
export interface Keep {
  readonly targets: readonly Element[];
  readonly messages: readonly Element[];
}

const box = (element: Element): Box => element.getBoundingClientRect();

/**
 * The viewport without its scroll bars, which is what a fixed box is placed in. In quirks mode the
 * body reports it (an old application may well be in quirks mode).
 */
function viewportOf(doc: Document): Size {
  const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  return { width: root.clientWidth, height: root.clientHeight };
}

/**
 * The panel's size when it may be as tall as it needs, not the height a placement cut it to: its body
 * scrolls within the panel's max-height, so what the body hides is added back.
 */
function naturalSize(panel: HTMLElement): Size {
  const body = panel.querySelector('.body');
  const hidden = body ? body.scrollHeight - body.clientHeight : 0;
  return { width: panel.offsetWidth, height: panel.offsetHeight + hidden };
}

/** Where the panel goes, and whether its body must scroll there (it is taller than the room it gets). */
export interface Fit {
  readonly placement: Placement;
  readonly scrolls: boolean;
}

/**
 * Measures only what placement needs: the viewport, the panel itself, the outlined elements and the
 * message boxes. Never the page as a whole, so the cost stays the same on a page of any size.
 */
export function placementFor(doc: Document, panel: HTMLElement, keep: Keep): Fit {
  const viewport = viewportOf(doc);
  const size = naturalSize(panel);
  const placement = placePanel(viewport, size, {
    targets: keep.targets.filter((e) => e.isConnected).map(box),
    message: keep.messages.filter((e) => e.isConnected).map(box),
  });
  const room = Math.min(placement.maxHeight ?? Infinity, viewport.height - 2 * MARGIN);
  return { placement, scrolls: size.height > room + 1 };
}

/** What the panel is now: its host, its drawn view (the .panel element) and what it must keep clear. */
export interface Placed {
  readonly host: HTMLElement;
  readonly view: HTMLElement;
  readonly keep: Keep;
}

/**
 * Keeps the panel where it covers neither the outlined elements nor the message: at once when it is
 * drawn or changes size, and at the next frame when the page scrolls, resizes or changes. Its changes
 * go through `write` (the shadow guard's), so they are never taken for tampering.
 */
export class Placer {
  private placement: Placement = DEFAULT_PLACEMENT;
  private scrolls = false;
  private readonly follower: Follower;

  constructor(
    private readonly doc: Document,
    private readonly placed: () => Placed | null,
    private readonly write: (change: () => void) => void,
  ) {
    this.follower = new Follower(doc.defaultView as Window, () => this.place());
  }

  /** The corner the host's data-place names (panel.css places it by that attribute). */
  get corner(): Corner {
    return this.placement.corner;
  }

  /**
   * Gives a drawn view the height its place allows. A body that scrolls takes the focus (tabindex), so
   * that a keyboard can scroll text without a control in it (WCAG 2.1.1; axe's scrollable-region-focusable).
   */
  fit(view: HTMLElement): void {
    const { maxHeight } = this.placement;
    view.style.maxHeight = maxHeight === null ? '' : `${maxHeight}px`;
    const body = view.querySelector('.body');
    if (this.scrolls) body?.setAttribute('tabindex', '0');
    else body?.removeAttribute('tabindex');
  }

  /** Measures and moves the panel now (it was just drawn, or changed size), then follows the page. */
  place(): void {
    const placed = this.placed();
    if (!placed) return;
    this.follower.start();
    const { placement: next, scrolls } = placementFor(this.doc, placed.view, placed.keep);
    const same = next.corner === this.placement.corner && next.maxHeight === this.placement.maxHeight;
    if (same && scrolls === this.scrolls) return;
    this.placement = next;
    this.scrolls = scrolls;
    this.write(() => {
      placed.host.setAttribute('data-place', next.corner);
      this.fit(placed.view);
    });
  }

  /** The page changed under the panel: measure again at the next frame. */
  soon(): void {
    this.follower.soon();
  }

  /** No panel any more: no listener, and the default place for the next one. */
  stop(): void {
    this.follower.stop();
    this.placement = DEFAULT_PLACEMENT;
    this.scrolls = false;
  }
}
