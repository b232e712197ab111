/**
 * Whether a person can see an element. Costs a style computation per ancestor, so the scanner calls
 * it only for blocks whose text already matched a phrase.
 */
export function isShown(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  // visibility is inherited, so the element's own computed value settles it for the whole chain.
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (node.tagName === 'TEMPLATE' || node.tagName === 'NOSCRIPT') return false;
    const style = node === el ? own : view.getComputedStyle(node);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return false;
  }
  return el.isConnected;
}

/** Visibility of an inline element inside a block already known to be shown. */
export function isInlineShown(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}
