/*
 * The director's selection as a message for an unknown-message report. Read text node by text node,
 * never with Selection.toString(): in Chromium that gives the selected part of an <input>'s value (a
 * password too) when the selection stands in one. Nothing inside a field, an editable region, a script
 * or the panel is read, even when the selection runs across them.
 */
import { blockOf, flatParent, isSkipped } from './dom-text';
import { fromLines, inTyped, isTyped, MAX_TEXT, type FoundMessage, type Owns } from './message-reading';
import { isShown } from './visibility';

// Text nodes looked at: a selection of the whole of a long page is read to its first ones only.
const NODES = 5000;
// Letters of a word, which a selection cut in its middle is widened to (a phrase is whole words).
const WORD = /[\p{L}\p{N}'’-]/u;

/** The node just inside a range's boundary at (container, offset): a child when the container is an element. */
function nodeAt(container: Node, offset: number): Node | null | undefined {
  return container.nodeType === 3 ? container : container.childNodes[offset];
}

/**
 * The text the director selected on the page, as a message (block by block in `lines`), or null: no
 * selection, only white space, or one that starts, ends or has the focus in a field or an editable
 * region (its text would be what a person typed). Text inside fields, editable regions, hidden
 * elements, scripts and the panel is left out. At most MAX_TEXT characters.
 */
export function selectedMessage(doc: Document, owns: Owns): FoundMessage | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const { startContainer: start, endContainer: end, startOffset, endOffset } = range;
  const edges = [start, end, selection.anchorNode, selection.focusNode, nodeAt(start, startOffset)];
  if (end.nodeType !== 3 && endOffset > 0) edges.push(end.childNodes[endOffset - 1]);
  if ([...edges, doc.activeElement].some((node) => inTyped(node, owns))) return null;

  const unread = new Map<Element, boolean>();
  const left = (el: Element): boolean => {
    let out = unread.get(el);
    if (out === undefined) {
      out = !isShown(el);
      for (let e: Element | null | undefined = el; e && !out; e = flatParent(e)) out = isSkipped(e) || isTyped(e, owns);
      unread.set(el, out);
    }
    return out;
  };

  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === 3 ? (root.parentNode ?? root) : root, 4);
  walker.currentNode = nodeAt(start, startOffset) ?? start;
  const lines: string[] = [];
  let length = 0;
  let block: Element | null = null;
  let started = false;
  let node: Node | null = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode();
  for (let visited = 0; node && visited < NODES && length < MAX_TEXT; visited++, node = walker.nextNode()) {
    if (!range.intersectsNode(node)) {
      if (started) break;
      continue;
    }
    started = true;
    const text = node as Text;
    const parent = flatParent(text);
    if (!parent || left(parent)) continue;
    let from = text === start ? startOffset : 0;
    let to = text === end ? endOffset : text.data.length;
    // Widened to whole words: a selection made by hand often starts or ends inside one.
    while (text === start && from > 0 && WORD.test(text.data[from - 1] as string)) from--;
    while (text === end && to < text.data.length && WORD.test(text.data[to] as string)) to++;
    const piece = text.data.slice(from, to);
    const here = blockOf(text);
    if (here !== block || lines.length === 0) lines.push('');
    block = here;
    lines[lines.length - 1] += piece;
    length += piece.length;
  }
  const message = fromLines(lines);
  const element = blockOf(root) ?? doc.body;
  return message.text && element ? { element, source: 'selection', ...message } : null;
}
