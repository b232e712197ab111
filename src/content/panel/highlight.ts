import { PALETTE } from '../../ui/palette';

export const TARGET_ATTR = 'data-saga-helper-target';

interface Saved {
  readonly outline: string;
  readonly outlinePriority: string;
  readonly offset: string;
  readonly offsetPriority: string;
}

/**
 * Outlines the elements a person should use. Only the outline changes (it takes no layout space), and
 * each element's own inline outline is put back when it is no longer pointed at.
 */
export class Highlighter {
  private readonly saved = new Map<HTMLElement, Saved>();

  set(elements: readonly Element[]): void {
    const wanted = new Set(elements.filter((e): e is HTMLElement => 'style' in e));
    for (const element of [...this.saved.keys()]) if (!wanted.has(element)) this.restore(element);
    for (const element of wanted) {
      if (this.saved.has(element)) continue;
      const s = element.style;
      this.saved.set(element, {
        outline: s.getPropertyValue('outline'),
        outlinePriority: s.getPropertyPriority('outline'),
        offset: s.getPropertyValue('outline-offset'),
        offsetPriority: s.getPropertyPriority('outline-offset'),
      });
      s.setProperty('outline', `3px solid ${PALETTE.highlight}`, 'important');
      s.setProperty('outline-offset', '2px', 'important');
      element.setAttribute(TARGET_ATTR, '');
    }
  }

  clear(): void {
    this.set([]);
  }

  /** Whether `element` carries an outline of ours (its style mutations are our own). */
  has(element: Node): boolean {
    return this.saved.has(element as HTMLElement);
  }

  private restore(element: HTMLElement): void {
    const saved = this.saved.get(element);
    this.saved.delete(element);
    if (!saved) return;
    element.style.setProperty('outline', saved.outline, saved.outlinePriority);
    element.style.setProperty('outline-offset', saved.offset, saved.offsetPriority);
    if (element.getAttribute('style') === '') element.removeAttribute('style');
    element.removeAttribute(TARGET_ATTR);
  }
}
