/*
 * Error boxes nested in error boxes, as pages draw them (a wrapper, the alert, its title and text each
 * named "alert-…"): one candidate per message for an unknown-message report (core/message-candidates.ts).
 */
import { flatParent } from './dom-text';
import type { FoundMessage } from './message-reading';

const key = (text: string): string => text.toLowerCase();

/**
 * Which error boxes to offer, of nested ones: a box holding two boxes of a sentence or more is a list
 * of messages (each is offered, not the list); a box holding a box of a stronger sign (`strength`: ARIA
 * over a class name) gives way to it (a form named "login-error" around its role=alert); a box inside
 * an offered one of as strong a sign, saying part of what it says (a title "Erreur"), is that message
 * again. `boxes` in document order, outer first; linear in the boxes and their depth.
 */
export function offeredBoxes(boxes: readonly FoundMessage[], strength: (b: FoundMessage) => number): FoundMessage[] {
  const byElement = new Map(boxes.map((b) => [b.element, b]));
  const above = new Map<FoundMessage, FoundMessage>();
  const inner = new Map<FoundMessage, number>();
  const stronger = new Set<FoundMessage>();
  for (const b of boxes) {
    for (let el = flatParent(b.element); el; el = flatParent(el)) {
      const outer = byElement.get(el);
      if (!outer) continue;
      if (!above.has(b)) {
        above.set(b, outer);
        // A message of its own (three words or more), not a part of one (a title "Erreur", an icon).
        if (b.text.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 3)
          inner.set(outer, (inner.get(outer) ?? 0) + 1);
      }
      if (strength(b) > strength(outer)) stronger.add(outer);
    }
  }
  const kept = new Set<FoundMessage>();
  for (const b of boxes) {
    if ((inner.get(b) ?? 0) >= 2 || stronger.has(b)) continue;
    let again = false;
    for (let o = above.get(b); o && !again; o = above.get(o))
      again = kept.has(o) && strength(o) >= strength(b) && key(o.text).includes(key(b.text));
    if (!again) kept.add(b);
  }
  return [...kept];
}
