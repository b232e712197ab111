import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SITE_URLS } from '../../src/core/sites';
import { HELP_SECTIONS } from '../../src/help/help-content';
import type { Block } from '../../src/help/help-types';
import { renderHelp } from '../../src/help/help-view';
import { getMessageFrom, loadMessages, type Locale } from '../helpers/messages';
import { plain } from '../helpers/text';

const LOCALES: readonly Locale[] = ['fr', 'en'];
const messages = { fr: loadMessages('fr'), en: loadMessages('en') };

function help(locale: Locale): Document {
  const doc = new JSDOM('<main></main>').window.document;
  renderHelp(doc, getMessageFrom(messages[locale]));
  return doc;
}

/** Every message key a block names. */
function blockKeys(block: Block): string[] {
  switch (block.kind) {
    case 'p':
    case 'h3':
    case 'quote':
      return [block.key];
    case 'steps':
    case 'list':
      return block.items.map((item) => (typeof item === 'string' ? item : item.key));
    case 'see':
      return [];
    case 'table':
      return [...block.head, ...block.rows.flat()];
  }
}

const HELP_KEYS = [
  'help_title',
  'help_intro',
  'help_toc',
  'help_see',
  ...HELP_SECTIONS.flatMap((s) => [s.title, ...s.blocks.flatMap(blockKeys)]),
];

// What the guide says, as it must appear in every language (labels of the French screens stay French).
const GUIDE_TERMS = [
  'Valider',
  'CNG00SAGA',
  "Accéder à l'espace",
  'Microsoft Edge',
  'Gérer mes profils',
  'Mes profils / habilitations',
  'ET CNG SAGA',
  '+ Demander un profil',
  'Ctrl',
  'Fn',
  'F5',
  'Assistance PLAGÉ',
  'Incident PLAGÉ',
  'aucun droit valide',
  'cng-saga@sante.gouv.fr',
];

describe.each(LOCALES)('help page (%s)', (locale) => {
  const doc = help(locale);
  const text = plain(doc.body.textContent);

  it('is in the UI language, with one h1 and a title', () => {
    expect(doc.documentElement.lang).toBe(locale);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(plain(doc.title)).toBe(plain(messages[locale].help_title?.message));
  });

  it('has every section of the guide, each with a heading', () => {
    const ids = [...doc.querySelectorAll('main > section')].map((s) => s.id);
    expect(ids).toEqual([
      'sign-in',
      'browser',
      'rights',
      'profile',
      'refresh',
      'pairing',
      'hotline',
      'extension',
      'privacy',
    ]);
    for (const id of ids) expect(plain(doc.getElementById(id)?.querySelector('h2')?.textContent)).not.toBe('');
  });

  it('has a table of contents whose anchors all lead to a section', () => {
    const links = [...doc.querySelectorAll('nav a')];
    expect(links).toHaveLength(HELP_SECTIONS.length);
    for (const a of doc.querySelectorAll('a[href^="#"]')) {
      const id = (a.getAttribute('href') as string).slice(1);
      expect(doc.getElementById(id), id).not.toBeNull();
    }
  });

  it('leaves no element empty (no missing message)', () => {
    const empty = [...doc.querySelectorAll('h1, h2, h3, p, li, th, td, blockquote')].filter(
      (node) => plain(node.textContent) === '',
    );
    expect(empty.map((node) => node.outerHTML)).toEqual([]);
  });

  it('says everything the guide says', () => {
    for (const term of GUIDE_TERMS) expect(text, term).toContain(term);
  });

  it('links to SAGA, PLAGE, the hotline and the CNG mailbox', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([SITE_URLS.saga, SITE_URLS.plage, SITE_URLS.hotline, 'mailto:cng-saga@sante.gouv.fr']),
    );
    const hotline = doc.querySelector(`a[href="${SITE_URLS.hotline}"]`);
    expect(hotline?.textContent).toBe('assistance.atih.sante.fr');
    expect(hotline?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(plain(doc.getElementById('pairing')?.textContent)).toContain('cng-saga@sante.gouv.fr');
  });
});

describe('help page, French wording', () => {
  const text = plain(help('fr').body.textContent);

  it('names the hotline choices and the refresh as the guide does', () => {
    expect(text).toContain('« Assistance PLAGÉ »');
    expect(text).toContain('« Incident PLAGÉ »');
    expect(text).toContain('« Actualiser »');
    expect(text).toContain('fortement recommandé');
    expect(text).toContain('réservée aux problèmes de connexion à SAGA Directeurs uniquement');
  });
});

describe('help messages', () => {
  it('cover every key the help page names, in both languages', () => {
    for (const key of HELP_KEYS) {
      expect(messages.fr[key]?.message, `fr ${key}`).toBeTruthy();
      expect(messages.en[key]?.message, `en ${key}`).toBeTruthy();
    }
  });
});
