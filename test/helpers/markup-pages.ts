import fc from 'fast-check';

/**
 * Whole pages around generated content (test/helpers/markup-arbitraries.ts), each placement made by
 * the page's own script as a real site would: the same HTML runs in jsdom (runScripts) and in Chromium.
 */

/** Where and when the content stands in the page. */
export type Placement =
  | 'static'
  | 'late'
  | 'body-replaced'
  | 'shadow'
  | 'shadow-slot'
  | 'shadow-nested'
  | 'shadow-closed'
  | 'late-shadow'
  | 'iframe';

export const PLACEMENTS: readonly Placement[] = [
  'static',
  'late',
  'body-replaced',
  'shadow',
  'shadow-slot',
  'shadow-nested',
  'shadow-closed',
  'late-shadow',
  'iframe',
];
export const placementArb: fc.Arbitrary<Placement> = fc.constantFrom(...PLACEMENTS);

/** The content arrives after the content script has first read the page. */
export const isLate = (p: Placement): boolean => p === 'late' || p === 'late-shadow' || p === 'body-replaced';

/**
 * The page of a closed shadow root keeps it in `window.closedRoots` (a WeakMap host → root): the
 * stand-in, in jsdom, for chrome.dom.openOrClosedShadowRoot, which Chromium gives content scripts.
 */
export const CLOSED_ROOTS = 'closedRoots';

// A string literal for a <script>: "<" escaped, so that no markup in it ends or bends the script element.
const literal = (html: string): string => JSON.stringify(html).replace(/</g, '\\u003c');

// A web component of the page: renders `html` into its shadow root when connected (Lit, Stencil and
// hand-written components alike attach the root at creation and fill it when rendered).
const component = (name: string, html: string, mode: 'open' | 'closed' = 'open'): string => `
customElements.define('${name}', class extends HTMLElement {
  connectedCallback() {
    if (this.root) return;
    this.root = this.attachShadow({ mode: '${mode}' });
    (window.${CLOSED_ROOTS} = window.${CLOSED_ROOTS} || new WeakMap()).set(this, this.root);
    this.root.innerHTML = ${literal(html)};
  }
});`;

const onLoad = (delay: number, body: string): string =>
  `addEventListener('load', () => setTimeout(() => { ${body} }, ${delay}));`;

const skeleton = (main: string): string =>
  `<header><span>Portail</span> <a href="/">Accueil</a></header>\n<main id="content">${main}</main>\n<footer>Mentions légales</footer>`;

/**
 * A full page holding `content` as `placement` says. `frame` is the same-origin page the iframe
 * placement frames (a fixture of the host: the content is written into it once it has loaded).
 * `delay` (ms after load) is when late content comes.
 */
export function pageHtml(content: string, placement: Placement, delay = 0, frame = '/login.html'): string {
  let main = content;
  let script = '';
  switch (placement) {
    case 'static':
      break;
    case 'late':
      main = '';
      script = onLoad(
        delay,
        `document.getElementById('content').insertAdjacentHTML('beforeend', ${literal(content)});`,
      );
      break;
    case 'body-replaced':
      main = '<p>Chargement…</p>';
      script = onLoad(
        delay,
        `const b = document.createElement('body'); b.innerHTML = ${literal(skeleton(content))}; document.body.replaceWith(b);`,
      );
      break;
    case 'shadow':
      main = '<saga-message></saga-message>';
      script = component('saga-message', content);
      break;
    case 'shadow-closed':
      main = '<saga-message></saga-message>';
      script = component('saga-message', content, 'closed');
      break;
    case 'shadow-slot':
      // The content is the page's own (light DOM), shown through the component's slot.
      main = `<saga-frame>${content}</saga-frame>`;
      script = component('saga-frame', '<div class="frame"><slot></slot></div>');
      break;
    case 'shadow-nested':
      main = '<saga-outer></saga-outer>';
      script = component('saga-inner', content) + component('saga-outer', '<div><saga-inner></saga-inner></div>');
      break;
    case 'late-shadow':
      main = '<saga-message></saga-message>';
      script =
        component('saga-message', '<p>Chargement…</p>') +
        onLoad(delay, `document.querySelector('saga-message').root.innerHTML = ${literal(content)};`);
      break;
    case 'iframe':
      main = `<iframe src="${frame}" title="Connexion"></iframe>`;
      script = `const f = document.querySelector('iframe');
f.addEventListener('load', () => {
  f.contentDocument.body.insertAdjacentHTML('beforeend', ${literal(content)});
  f.dataset.filled = 'yes';
});`;
      break;
  }
  return `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page générée</title></head>
<body>
${skeleton(main)}
<script>${script}</script>
</body>
</html>`;
}
