import { JSDOM } from 'jsdom';
import { compileCatalogue } from '../../src/core/catalogue';
import { evaluate } from '../../src/core/evaluate';
import { PageIndex } from '../../src/core/page-index';
import { siteOf } from '../../src/core/sites';
import { extraRulesAsRules } from '../../src/lib/extra-rules';
import type { ExtraRule } from '../../src/lib/settings';
import { RULES } from '../../src/rules';

/**
 * The rules that match a page body at once, read as the content script reads a page (index, then
 * evaluate), in Edge (no browser advice): hundreds of generated pages per property, so one jsdom
 * window per host serves them all, its body replaced each time (no script of the page runs).
 */
const windows = new Map<string, JSDOM>();

export function rulesOn(
  host: string,
  body: string,
  extra: readonly ExtraRule[] = [],
  prepare: (doc: Document) => void = () => undefined,
): string[] {
  let dom = windows.get(host);
  if (!dom) {
    dom = new JSDOM('<!DOCTYPE html><html lang="fr"><head></head><body></body></html>', {
      url: `https://${host}/`,
      pretendToBeVisual: true,
    });
    windows.set(host, dom);
  }
  const doc = dom.window.document;
  doc.body.innerHTML = body;
  prepare(doc);
  const site = siteOf(host);
  if (!site) throw new Error(`${host} is none of the three sites`);
  const catalogue = compileCatalogue([...RULES, ...extraRulesAsRules(extra)]);
  const index = new PageIndex(catalogue.phrases);
  index.scan(doc.documentElement);
  return evaluate(catalogue, index, { document: doc, site, isEdge: true }).map((m) => m.rule.id);
}
