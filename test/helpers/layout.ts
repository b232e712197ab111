// jsdom has no layout: no checkVisibility, every box 0 × 0 at 0,0. These stubs give
// a jsdom page the layout a browser would compute, read from attributes written in the test's HTML:
// data-rect="left top width height" (the element's box), data-text="..." (the box of its contents, as a
// Range measures it; its box when absent), data-text="none" (a Range gives no box at all, as Firefox does for
// contents holding a <slot>), data-cv="false" (checkVisibility says no), data-style="a: b;"
// (computed values jsdom does not compute, such as clip). Elements without data-rect measure 0 0 200 20.

export interface Layout {
  /** The options each checkVisibility call received. */
  readonly checkVisibilityCalls: unknown[];
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  x: number;
  y: number;
}

function rect(spec: string | null): Rect {
  const [left = 0, top = 0, width = 200, height = 20] = (spec ?? '0 0 200 20').split(' ').map(Number);
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top };
}

export function withLayout(win: Window, options: { checkVisibility?: boolean } = {}): Layout {
  const layout: Layout = { checkVisibilityCalls: [] };
  const proto = (win as unknown as { Element: typeof Element }).Element.prototype;
  const rangeProto = (win as unknown as { Range: typeof Range }).Range.prototype;
  if (options.checkVisibility !== false) {
    Object.defineProperty(proto, 'checkVisibility', {
      configurable: true,
      value(this: Element, opts: unknown): boolean {
        layout.checkVisibilityCalls.push(opts);
        return !this.closest('[data-cv="false"]');
      },
    });
  }
  proto.getBoundingClientRect = function (this: Element): DOMRect {
    return rect(this.getAttribute('data-rect')) as DOMRect;
  };
  const noBox = (range: Range): boolean => (range.startContainer as Element).getAttribute?.('data-text') === 'none';
  rangeProto.getBoundingClientRect = function (this: Range): DOMRect {
    const el = this.startContainer as Element;
    if (noBox(this)) return rect('0 0 0 0') as DOMRect;
    return rect(el.getAttribute?.('data-text') ?? el.getAttribute?.('data-rect') ?? null) as DOMRect;
  };
  // Text has a box per line, even 0 px high (font-size 0); a Range in Firefox over a <slot>, none.
  rangeProto.getClientRects = function (this: Range): DOMRectList {
    return (noBox(this) ? [] : [this.getBoundingClientRect()]) as unknown as DOMRectList;
  };
  const computed = win.getComputedStyle.bind(win);
  win.getComputedStyle = (el: Element): CSSStyleDeclaration => {
    const style = computed(el);
    const extra = el.getAttribute('data-style');
    if (!extra) return style;
    const overrides = Object.fromEntries(
      extra
        .split(';')
        .filter((d) => d.includes(':'))
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
    );
    return new Proxy(style, {
      get: (target, key) => (typeof key === 'string' && key in overrides ? overrides[key] : Reflect.get(target, key)),
    });
  };
  return layout;
}
