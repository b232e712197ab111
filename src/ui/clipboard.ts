/**
 * Copies `text` with the page's clipboard; rejects where there is none (an insecure context, a browser
 * that refuses), so that the caller can show the text for a copy by hand.
 */
export function copyText(doc: Document, text: string): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  return clipboard ? clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
}
