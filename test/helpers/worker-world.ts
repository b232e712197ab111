// The world of the worker's property test (test/unit/worker-property.test.ts): the tabs, every kind of
// sender, and who may have what done, written as data; the test checks the worker against it.
import type { MessageSender } from '../../src/background/api';
import type { MessageType } from '../../src/lib/messages';
import { contentSender, EXTENSION_ID, EXTENSION_ORIGIN } from './fake-browser';

export type Site = 'saga' | 'plage' | 'hotline';

export const SAGA = 'https://saga.cng.sante.fr/cas/login';
export const SAGA_TOO = 'https://saga.cng.sante.fr/accueil';
export const PLAGE = 'https://connect-pasrel.atih.sante.fr/compte/profils';
export const HOTLINE = 'https://assistance.atih.sante.fr/';
export const FOREIGN = 'https://framing.example/sso';

/** The browser's tabs: what each really shows, which the worker reads through tabs.query. */
export const TABS: readonly { readonly id: number; readonly url: string; readonly site: Site | null }[] = [
  { id: 1, url: SAGA, site: 'saga' },
  { id: 2, url: PLAGE, site: 'plage' },
  { id: 3, url: HOTLINE, site: 'hotline' },
  { id: 4, url: FOREIGN, site: null },
  { id: 5, url: SAGA_TOO, site: 'saga' },
];
export const siteOfTab = (tabId: number | undefined): Site | null => TABS.find((t) => t.id === tabId)?.site ?? null;

/**
 * Who sends: this extension's content script in the top frame of a served page ('top') or in a frame
 * below one ('sub'), the same in a page of another site ('framed'), one of its own pages ('page'), and
 * anyone else ('stranger': other extensions, other sites, plain http, no id, no tab).
 */
export type SenderClass = 'top' | 'sub' | 'framed' | 'page' | 'stranger';

export interface SenderCase {
  readonly name: string;
  readonly cls: SenderClass;
  readonly sender: MessageSender;
}

const OTHER_ID = 'zyxwvutsrqponmlkzyxwvutsrqponmlk';
export const SENDERS: readonly SenderCase[] = [
  { name: 'SAGA, top frame', cls: 'top', sender: contentSender(1, SAGA) },
  { name: 'SAGA, top frame, no tab address', cls: 'top', sender: { id: EXTENSION_ID, url: SAGA, tab: { id: 1 } } },
  { name: 'SAGA, second tab, top frame', cls: 'top', sender: contentSender(5, SAGA_TOO) },
  { name: 'SAGA, sub-frame', cls: 'sub', sender: contentSender(1, SAGA, 5) },
  { name: 'PLAGE frame in SAGA', cls: 'sub', sender: contentSender(1, PLAGE, 6, SAGA) },
  { name: 'PLAGE, top frame', cls: 'top', sender: contentSender(2, PLAGE) },
  { name: 'PLAGE, sub-frame', cls: 'sub', sender: contentSender(2, PLAGE, 3) },
  { name: 'assistance, top frame', cls: 'top', sender: contentSender(3, HOTLINE) },
  { name: 'SAGA framed by another site', cls: 'framed', sender: contentSender(4, SAGA, 2, FOREIGN) },
  { name: 'PLAGE framed by another site', cls: 'framed', sender: contentSender(4, PLAGE, 9, FOREIGN) },
  {
    name: 'SAGA frame, top page unknown',
    cls: 'framed',
    sender: { id: EXTENSION_ID, url: SAGA, tab: { id: 1 }, frameId: 4 },
  },
  {
    name: 'SAGA framed by plain-http SAGA',
    cls: 'framed',
    sender: contentSender(4, SAGA, 2, 'http://saga.cng.sante.fr/'),
  },
  { name: 'popup', cls: 'page', sender: { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` } },
  {
    name: 'options page in a tab',
    cls: 'page',
    sender: { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}options.html`, tab: { id: 7 }, frameId: 0 },
  },
  { name: 'another extension on SAGA', cls: 'stranger', sender: { ...contentSender(1, SAGA), id: OTHER_ID } },
  {
    name: "another extension's page",
    cls: 'stranger',
    sender: { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/popup.html` },
  },
  {
    name: 'a look-alike extension origin',
    cls: 'stranger',
    sender: { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}.evil/` },
  },
  { name: 'plain-http SAGA', cls: 'stranger', sender: contentSender(1, 'http://saga.cng.sante.fr/', 0) },
  { name: 'another site, top frame', cls: 'stranger', sender: contentSender(4, FOREIGN) },
  { name: 'a look-alike host', cls: 'stranger', sender: contentSender(4, 'https://saga.cng.sante.fr.evil.example/') },
  { name: 'SAGA without a tab', cls: 'stranger', sender: { id: EXTENSION_ID, url: SAGA, frameId: 0 } },
  { name: 'no sender id', cls: 'stranger', sender: { url: SAGA, tab: { id: 1, url: SAGA }, frameId: 0 } },
  { name: 'no sender address', cls: 'stranger', sender: { id: EXTENSION_ID, tab: { id: 1, url: SAGA }, frameId: 0 } },
];

/** What a request may touch: the sender's own tab, the tab it names (extension pages only), or none. */
export interface Allowance {
  readonly tab: 'own' | 'named' | 'none';
  /** The sites that tab must show (the browser's word, not the message's). */
  readonly sites: readonly Site[];
  /** Only from the tab's top frame. */
  readonly topOnly?: boolean;
}

/**
 * THE TABLE: who may have what done. Anything not here does nothing at all. `report` records what its
 * own tab shows (badge, record, procedure); `tab-state` only reads; `panel-state` keeps the collapsed
 * state of its own tab's panel; `unknown-report` only writes a mail (no tab, nothing kept); `trial-rule`
 * keeps a rule on trial for the tab it names (trial:<tab>) and tells that tab only, and only for a rule
 * policy would accept (checkExtraRules) and a tab showing SAGA or PLAGE. The two clearing actions act only if,
 * besides this table, the tab's top frame shows a rule the worker offers them for (its own record of
 * the frame's last report) and the tab is within its rate: one per 10 s and five per 10 minutes.
 */
export const ALLOWED: { readonly [K in MessageType]: Partial<Record<SenderClass, Allowance>> } = {
  report: {
    top: { tab: 'own', sites: ['saga', 'plage', 'hotline'] },
    sub: { tab: 'own', sites: ['saga', 'plage', 'hotline'] },
  },
  'clean-reload': {
    top: { tab: 'own', sites: ['saga', 'plage'] },
    sub: { tab: 'own', sites: ['saga', 'plage'] },
    page: { tab: 'named', sites: ['saga', 'plage'] },
  },
  'return-to-saga': { top: { tab: 'own', sites: ['plage'], topOnly: true } },
  'tab-state': { page: { tab: 'named', sites: ['saga', 'plage', 'hotline'] } },
  // Only the panel's collapsed state of the sender's own tab (panel:<tab>), nothing else.
  'panel-state': {
    top: { tab: 'own', sites: ['saga', 'plage', 'hotline'] },
    sub: { tab: 'own', sites: ['saga', 'plage', 'hotline'] },
  },
  'unknown-report': { page: { tab: 'none', sites: [] } },
  'trial-rule': { page: { tab: 'named', sites: ['saga', 'plage'] } },
};

export const RATE = [
  { windowMs: 10_000, max: 1 },
  { windowMs: 10 * 60_000, max: 5 },
] as const;
