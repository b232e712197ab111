/** Selects from `from` at offset `at` to `to` at `end`, as a person dragging over the page would. */
export function select(doc: Document, from: Node, at: number, to: Node, end: number): void {
  const range = doc.createRange();
  range.setStart(from, at);
  range.setEnd(to, end);
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
}
