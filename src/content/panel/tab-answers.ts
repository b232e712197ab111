import { isEdge } from '../../core/browser-detect';
import { compileCatalogue } from '../../core/catalogue';
import { within } from '../../core/error-signals';
import { evaluate, type Match } from '../../core/evaluate';
import { MAX_CANDIDATES, messageCandidates } from '../../core/message-candidates';
import { phraseOptions } from '../../core/message-phrases';
import type { FoundMessage } from '../../core/message-reading';
import { selectedMessage } from '../../core/message-selection';
import { PageIndex } from '../../core/page-index';
import { extraRulesAsRules } from '../../lib/extra-rules';
import type { ExtraRule } from '../../lib/settings';
import type { MessageCandidate, TabMessageType, TabRequest, TabResponse } from '../../lib/tab-messages';
import { parseTabRequest } from '../../lib/tab-parsers';
import { draftRule } from '../../lib/unknown-rule';
import type { TabHost } from '../panel-api';

/**
 * The panel module's answers to what the extension's own pages and worker ask of a tab (lib/tab-messages.ts):
 * the messages a page offers for a report, and whether an extra rule matches it. Everything is read
 * from the page as it is now, with the recognition the content script itself uses.
 */

/** How the tab answers one message type, the request already parsed. */
export type TabHandler<K extends TabMessageType> = (request: TabRequest<K>, host: TabHost) => TabResponse<K>;

/** The handlers, typed over the whole tab message map: a type without its handler does not compile. */
export type TabHandlers = { readonly [K in TabMessageType]: TabHandler<K> };

/**
 * The matches of extra `rules` on the page now, read as the content script reads a page (a fresh index
 * over the whole document, then evaluate): the recognition a rule put in policy would meet.
 */
function matchesOf(rules: readonly ExtraRule[], host: TabHost): Match[] {
  const catalogue = compileCatalogue(extraRulesAsRules(rules));
  const index = new PageIndex(catalogue.phrases);
  index.scan(host.doc.documentElement);
  return evaluate(catalogue, index, { document: host.doc, site: host.site, isEdge: isEdge(host.win.navigator) });
}

// The same text, as the director would see it twice in the list.
const same = (a: FoundMessage, b: FoundMessage): boolean => a.text.toLowerCase() === b.text.toLowerCase();

/**
 * Each message's phrases: the first of its phrase options whose rule matches this page now, at the
 * message itself (the box the rule finds is the message's block, holds it or stands in it), not at
 * another block that happens to say the same; else its first option, unverified. Every option of every
 * message is tried in one catalogue, so that the page is read once however many there are.
 */
function withPhrases(found: readonly FoundMessage[], host: TabHost): MessageCandidate[] {
  const options = found.map((f) => phraseOptions(f.lines.join('\n')));
  const id = (i: number, j: number): string => `check-${i}-${j}`;
  const trials = options.flatMap((sets, i) =>
    sets.map((phrases, j) => ({ ...draftRule(host.site, phrases), id: id(i, j) })),
  );
  const boxes = new Map(matchesOf(trials, host).map((m) => [m.rule.id, m.evidence]));
  return found.map((f, i) => {
    const sets = options[i] ?? [];
    const at = sets.findIndex((_, j) => {
      const box = boxes.get(id(i, j));
      return !!box && (within(box, f.element) || within(f.element, box));
    });
    return { text: f.text, phrases: sets[Math.max(at, 0)] ?? [], verified: at >= 0, source: f.source };
  });
}

export const TAB_HANDLERS: TabHandlers = {
  'pick-messages': (_request, host) => {
    // The director's selection first: what they chose themselves, then what the page shows as messages.
    const selection = selectedMessage(host.doc, host.owns);
    const found = messageCandidates(host.doc, host.owns).filter((f) => !selection || !same(f, selection));
    const loc = host.win.location;
    return {
      site: host.site,
      // Never the query or the fragment: a CAS ticket stands there.
      url: `${loc.origin}${loc.pathname}`,
      candidates: withPhrases([...(selection ? [selection] : []), ...found].slice(0, MAX_CANDIDATES), host),
    };
  },
  'test-rule': ({ rule, show }, host) => {
    const matches = rule !== null && matchesOf([rule], host).length > 0;
    // A trial shows the rule as policy would, in this tab, until told again; null ends it.
    if (show) host.trial(rule ? [rule] : []);
    return { matches, shown: show };
  },
};

// Generic over the type, so that the handler looked up and the request handed to it agree.
function handle<R extends TabRequest>(request: R, host: TabHost): TabResponse<R['type']> {
  const type: R['type'] = request.type;
  const handler: TabHandler<R['type']> = TAB_HANDLERS[type];
  return handler(request, host);
}

/**
 * The answer to a message from this extension's pages or worker: parsed first (lib/tab-parsers.ts), then
 * answered from the page; undefined for anything malformed or unknown, which gets no answer.
 */
export async function answer(message: unknown, host: TabHost): Promise<unknown> {
  const request = parseTabRequest(message);
  return request ? handle(request, host) : undefined;
}
