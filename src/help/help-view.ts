import type { Translate } from '../lib/translate';
import { applyPalette, el, mainOf } from '../ui/page-dom';
import { HELP_SECTIONS } from './help-content';
import type { Block, HelpSection, Item, Link } from './help-types';

// Only mail links stay in the help tab; web addresses open beside it, so the guide stays open.
function linkView(doc: Document, link: Link): HTMLAnchorElement {
  const attrs: Record<string, string> = link.href.startsWith('mailto:')
    ? {}
    : { target: '_blank', rel: 'noopener noreferrer' };
  return el(doc, 'a', { href: link.href, ...attrs }, link.text);
}

/** Text, then its link after a space: the link is a whole element, never HTML inside the message. */
function textWithLink(doc: Document, node: HTMLElement, text: string, link?: Link): HTMLElement {
  node.textContent = text;
  if (link) node.append(' ', linkView(doc, link));
  return node;
}

function itemView(doc: Document, item: Item, t: Translate): HTMLElement {
  return typeof item === 'string'
    ? el(doc, 'li', {}, t(item))
    : textWithLink(doc, el(doc, 'li'), t(item.key), item.link);
}

function blockView(doc: Document, block: Block, t: Translate): HTMLElement {
  switch (block.kind) {
    case 'p':
      return textWithLink(doc, el(doc, 'p'), t(block.key), block.link);
    case 'h3':
      return el(doc, 'h3', {}, t(block.key));
    case 'steps':
    case 'list': {
      const list = el(doc, block.kind === 'steps' ? 'ol' : 'ul');
      for (const item of block.items) list.append(itemView(doc, item, t));
      return list;
    }
    case 'quote': {
      // SAGA's own words, in French whatever the page's language.
      const quote = el(doc, 'blockquote', { lang: 'fr' });
      quote.append(el(doc, 'p', {}, t(block.key)));
      return quote;
    }
    case 'see': {
      const target = HELP_SECTIONS.find((s) => s.id === block.section);
      const see = el(doc, 'p', { class: 'see' }, `${t('help_see')} `);
      see.append(el(doc, 'a', { href: `#${block.section}` }, target ? t(target.title) : block.section));
      return see;
    }
    case 'table': {
      const table = el(doc, 'table');
      const head = el(doc, 'tr');
      for (const key of block.head) head.append(el(doc, 'th', { scope: 'col' }, t(key)));
      table.append(el(doc, 'thead'), el(doc, 'tbody'));
      table.tHead?.append(head);
      for (const [screen, does] of block.rows) {
        const row = el(doc, 'tr');
        row.append(el(doc, 'th', { scope: 'row' }, t(screen)), el(doc, 'td', {}, t(does)));
        table.tBodies[0]?.append(row);
      }
      return table;
    }
  }
}

function sectionView(doc: Document, section: HelpSection, t: Translate): HTMLElement {
  const view = el(doc, 'section', { id: section.id, 'aria-labelledby': `${section.id}-title` });
  view.append(el(doc, 'h2', { id: `${section.id}-title` }, t(section.title)));
  for (const block of section.blocks) view.append(blockView(doc, block, t));
  return view;
}

function tocView(doc: Document, t: Translate): HTMLElement {
  const nav = el(doc, 'nav', { 'aria-labelledby': 'toc-title' });
  const list = el(doc, 'ol');
  for (const section of HELP_SECTIONS) {
    const item = el(doc, 'li');
    item.append(el(doc, 'a', { href: `#${section.id}` }, t(section.title)));
    list.append(item);
  }
  nav.append(el(doc, 'h2', { id: 'toc-title' }, t('help_toc')), list);
  return nav;
}

/** Draws the whole guide, in the UI language, into the document's <main>. */
export function renderHelp(doc: Document, t: Translate): void {
  doc.documentElement.lang = t('lang');
  doc.title = t('help_title');
  applyPalette(doc);
  const main = mainOf(doc);
  main.replaceChildren(el(doc, 'h1', {}, t('help_title')), el(doc, 'p', {}, t('help_intro')), tocView(doc, t));
  for (const section of HELP_SECTIONS) main.append(sectionView(doc, section, t));
}
