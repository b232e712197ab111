import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, openHtml, start } from '../helpers/page';

// Issue "Recognition and panel that hold on pages nobody here has written", item 2: the fixture pages
// of the recognition signals. Each page that shows a panel owes it to one signal (taken away, no
// panel); each page of text ABOUT the errors holds the words that once showed a panel, and shows none.
const read = (fixture: string): string => readFileSync(fixturePath(fixture), 'utf8');
const rules = (fixture: string, html = read(fixture)): string[] => {
  const page = start(openHtml(html, `https://${fixture}`));
  const shown = page.rules();
  page.handle?.stop();
  return shown;
};
const FILLER = '<p>La campagne de mobilité des directeurs ouvre le premier avril pour une durée de six semaines.</p>';

describe('each page of an error owes its panel to its signal', () => {
  it.each([
    ['saga.cng.sante.fr/error-role-alert.html', (html: string) => html.replace('<div role="alert">', '<div>')],
    ['saga.cng.sante.fr/error-dialog.html', (html: string) => html.replace(/<(\/?)dialog( open)?>/g, '<$1div>')],
    [
      'saga.cng.sante.fr/error-small-page.html',
      (html: string) => html.replace('</body>', `${FILLER.repeat(8)}</body>`),
    ],
  ])('%s', (fixture, withoutSignal) => {
    expect(rules(fixture)).toEqual(['saga-pairing-failed']);
    expect(rules(fixture, withoutSignal(read(fixture)))).toEqual([]);
  });
});

describe('each page ABOUT the errors holds their very words', () => {
  // In short blocks, as the scanner read them before the signals: these pages showed panels then.
  it.each([
    ['saga.cng.sante.fr/help-faq.html', ['Vous n’avez aucun droit valide défini', 'Appairage PLAGE-SAGA impossible']],
    [
      'saga.cng.sante.fr/help-negation.html',
      ["Vous n'avez aucun droit valide défini", 'Appairage PLAGE-SAGA impossible'],
    ],
    ['saga.cng.sante.fr/news-pairing.html', ['Appairage PLAGE-SAGA impossible', "Échec de l'appairage"]],
    ['saga.cng.sante.fr/help-details.html', ['Appairage PLAGE-SAGA impossible', 'aucun droit valide défini']],
    ['connect-pasrel.atih.sante.fr/news.html', ['appairage PLAGE-SAGA était impossible', "Échec de l'appairage"]],
  ])('%s, and shows no panel', (fixture, texts) => {
    const html = read(fixture);
    for (const text of texts) expect(html).toContain(text);
    expect(rules(fixture)).toEqual([]);
  });
});
