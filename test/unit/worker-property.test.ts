// Property: whatever arrives, from whoever, nothing acts (no cookie removed, no reload, no tab created
// or focused, no procedure change, no badge, no tab told) unless the table of test/helpers/worker-world.ts allows it
// for that sender AND the worker's state offers it AND the tab is within its rate; and what is allowed
// is done. Random messages (valid and invalid shapes of every type, extra fields, random values) from
// every kind of sender, with the clock moving and the worker stopped and started again between them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/background/guidance';
import type { Procedure } from '../../src/background/procedure';
import type { TabRecord } from '../../src/background/state';
import { registerWorker } from '../../src/background/worker';
import { checkExtraRules } from '../../src/lib/extra-rules-check';
import type { CleanReloadResult, UnknownReport } from '../../src/lib/messages';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { parseRequest } from '../../src/lib/request-parsers';
import { RULE_IDS } from '../../src/rules';
import { FakeBrowser } from '../helpers/fake-browser';
import { loadMessages } from '../helpers/messages';
import { burstArb, messageArb } from '../helpers/worker-messages';
import { ALLOWED, RATE, SENDERS, siteOfTab, TABS, type SenderCase } from '../helpers/worker-world';

const SEED = 20_261_128;
const RUNS = 300;
const START = Date.UTC(2026, 10, 28, 9, 0);
const JAR = [
  { domain: 'saga.cng.sante.fr', name: 'JSESSIONID', path: '/', storeId: '0' },
  {
    domain: 'connect-pasrel.atih.sante.fr',
    name: 'CASTGC',
    path: '/',
    storeId: '0',
    partitionKey: { topLevelSite: 'https://sante.fr' },
  },
  { domain: 'www.sante.fr', name: 'BYSTANDER', path: '/', storeId: '0' },
];
const NONE = {
  cookies: false,
  reloads: [],
  created: [],
  activated: [],
  data: 0,
  badges: [],
  session: [],
  told: [],
};
// Every tab's content script answers a rule under test: the test sees whom the worker told.
const SHOWN = { matches: true, shown: true };
const BUILT_IN = new Set(RULE_IDS);

/** One moment: the clock moves, the worker may have been stopped, then one sender sends a few messages. */
interface Step {
  readonly waitMs: number;
  readonly restart: boolean;
  readonly from: SenderCase;
  readonly messages: readonly unknown[];
}
// Mostly the extension's own senders, so that state builds up and actions get offered; anyone at times.
const ownSenders = SENDERS.filter((s) => s.cls === 'top' || s.cls === 'sub' || s.cls === 'page');
const stepArb: fc.Arbitrary<Step> = fc.record({
  waitMs: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 12_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 11 * 60_000 }) },
  ),
  restart: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  from: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ownSenders) }, fc.constantFrom(...SENDERS)),
  messages: fc.oneof({ weight: 4, arbitrary: fc.array(messageArb, { minLength: 1, maxLength: 3 }) }, burstArb),
});

// How often each outcome came up over all runs: the property must not hold only because nothing happened.
const seen = {
  done: 0,
  refused: 0,
  rateLimited: 0,
  reports: 0,
  ignored: 0,
  panelStates: 0,
  unknownReports: 0,
  trials: 0,
  trialsRefused: 0,
};

interface World {
  readonly fake: FakeBrowser;
  readonly now: () => number;
  /** The test's own count of what was done, per tab: its model of the rate limit. */
  readonly acted: Map<number, number[]>;
}

/** Sends one message and checks what the worker did against the table, its own prior state and the rate. */
async function sendAndCheck({ fake, now, acted }: World, message: unknown, from: SenderCase): Promise<void> {
  const clock = now();
  fake.cookies = JAR.map((c) => ({ ...c }));
  const before = { ...fake.calls, reloads: [...fake.calls.reloads], created: [...fake.calls.created] };
  const [activated, data, badges, told] = [
    fake.calls.activated.length,
    fake.calls.browsingData.length,
    before.badgeSets.length,
    fake.calls.tabMessages.length,
  ];
  const session = new Map([...fake.session.data].map(([k, v]) => [k, JSON.stringify(v)]));
  // The worker's own record before the request: what the state offers is read from it.
  const procedure = fake.session.data.get('procedure') as Procedure | undefined;
  const topRules = (id: number): readonly string[] | undefined =>
    (fake.session.data.get(`tab:${id}`) as TabRecord | undefined)?.frames['0']?.rules;
  const tops = new Map(TABS.map((t) => [t.id, topRules(t.id)]));

  const answer = await fake.send(message, from.sender);

  const keys = [...new Set([...session.keys(), ...fake.session.data.keys()])];
  const effects = {
    cookies: fake.cookies.length !== JAR.length,
    reloads: fake.calls.reloads.slice(before.reloads.length).map((r) => r.tabId),
    created: fake.calls.created.slice(before.created.length),
    activated: fake.calls.activated.slice(activated),
    data: fake.calls.browsingData.length - data,
    badges: [...new Set(fake.calls.badgeSets.slice(badges))],
    session: keys.filter((k) => session.get(k) !== JSON.stringify(fake.session.data.get(k))),
    told: fake.calls.tabMessages.slice(told),
  };
  const request = parseRequest(message);
  const allowance = request && ALLOWED[request.type][from.cls];
  const own = from.sender.tab?.id;
  if (!request || !allowance || request.type === 'tab-state') {
    expect(effects).toEqual(NONE);
    if (request?.type === 'report' && from.cls === 'framed') {
      expect(answer).toEqual({ actions: [], ignored: true });
      seen.ignored++;
    }
    return;
  }
  if (request.type === 'report') {
    seen.reports++;
    expect({ ...effects, badges: [], session: [] }).toEqual(NONE);
    expect(effects.badges.every((t) => t === own)).toBe(true);
    expect(effects.session.every((k) => k === `tab:${own}` || k === 'procedure')).toBe(true);
    return;
  }
  if (request.type === 'panel-state') {
    // The collapsed state of the sender's own tab's panel, and nothing else.
    seen.panelStates++;
    expect({ ...effects, session: [] }).toEqual(NONE);
    expect(effects.session.every((k) => k === `panel:${own}`)).toBe(true);
    if (request.collapsed !== undefined) expect(answer).toEqual({ collapsed: request.collapsed });
    return;
  }
  if (request.type === 'unknown-report') {
    // A mail written for the page that asked: nothing done, nothing kept, no tab told.
    seen.unknownReports++;
    expect(effects).toEqual(NONE);
    const report = answer as UnknownReport;
    expect(report.href.startsWith(`mailto:${DEFAULT_SETTINGS.adminEmail}?`)).toBe(true);
    expect(report.href.length).toBeLessThan(2000);
    return;
  }
  if (request.type === 'trial-rule') {
    // The named tab's trial (trial:<tab>) and a word to that tab alone; only a SAGA or PLAGE tab, only a
    // rule policy would accept.
    seen.trials++;
    expect({ ...effects, session: [], told: [] }).toEqual(NONE);
    const onSite = allowance.sites.some((site) => site === siteOfTab(request.tabId));
    const rule = request.rule === null ? null : (checkExtraRules([request.rule], BUILT_IN).rules[0] ?? undefined);
    if (!onSite || rule === undefined) {
      seen.trialsRefused++;
      expect(effects).toEqual(NONE);
      expect(answer).toEqual({ matches: false, shown: false });
      return;
    }
    expect(effects.session.every((k) => k === `trial:${request.tabId}`)).toBe(true);
    expect(fake.session.data.get(`trial:${request.tabId}`)).toEqual(rule ?? undefined);
    expect(effects.told).toEqual([
      { tabId: request.tabId, message: { type: 'test-rule', rule, show: true }, frameId: 0 },
    ]);
    expect(answer).toEqual(SHOWN);
    return;
  }
  // A clearing action this sender may ask for: now the tab, the worker's own record, the rate.
  const tabId = allowance.tab === 'own' ? own : 'tabId' in request ? request.tabId : undefined;
  const where =
    tabId !== undefined &&
    allowance.sites.some((site) => site === siteOfTab(tabId)) &&
    (!allowance.topOnly || (from.sender.frameId ?? 0) === 0);
  const top = tabId === undefined ? undefined : tops.get(tabId);
  const offered = !!top && actionsFor(procedure, top, clock).includes(request.type);
  const times = (tabId !== undefined && acted.get(tabId)) || [];
  const inRate = RATE.every((r) => times.filter((t) => clock - t < r.windowMs).length < r.max);
  const result = answer as CleanReloadResult;
  if (!(where && offered && inRate)) {
    expect(effects).toEqual(NONE);
    expect(result.refused).toBe(!where ? 'not-this-tab' : !offered ? 'not-offered' : 'rate-limited');
    seen.refused++;
    if (result.refused === 'rate-limited') seen.rateLimited++;
    return;
  }
  seen.done++;
  acted.set(tabId as number, [...times, clock]);
  expect(result).toMatchObject({ ok: true });
  expect(fake.cookies.map((c) => c.name)).toEqual(['BYSTANDER']);
  expect(effects.data).toBe(1);
  // The clean reload reloads its tab; the return to SAGA focuses and reloads the first SAGA tab.
  const acting = request.type === 'clean-reload' ? (tabId as number) : 1;
  expect(effects.reloads).toEqual([acting]);
  expect(effects.activated).toEqual(request.type === 'clean-reload' ? [] : [acting]);
  expect(effects.created).toEqual([]);
  expect(effects.badges.every((t) => t === acting)).toBe(true);
  expect(effects.session.every((k) => [`tab:${acting}`, `acted:${tabId}`, 'procedure'].includes(k))).toBe(true);
}

async function runScenario(steps: readonly Step[]): Promise<void> {
  const fake = new FakeBrowser('fr');
  fake.tabs = TABS.map(({ id, url }) => ({ id, url }));
  for (const { id } of TABS) fake.contentScripts.set(id, () => SHOWN);
  let clock = START;
  const start = (): unknown =>
    registerWorker(fake.api(), { now: () => clock, nav: { userAgent: '' }, messages: async (l) => loadMessages(l) });
  start();
  const world: World = { fake, now: () => clock, acted: new Map() };
  for (const step of steps) {
    clock += step.waitMs;
    if (step.restart) {
      fake.stopWorker();
      start();
    }
    for (const message of step.messages) await sendAndCheck(world, message, step.from);
  }
}

describe('worker: property, nothing acts outside the table, the state and the rate', () => {
  it(`holds for ${RUNS} random sequences (seed ${SEED})`, { timeout: 120_000 }, async () => {
    const sequences = fc.array(stepArb, { minLength: 5, maxLength: 30, size: 'max' });
    // On failure, fast-check prints the seed, the path and the shrunk sequence of steps.
    await fc.assert(fc.asyncProperty(sequences, runScenario), { seed: SEED, numRuns: RUNS });
    // Every outcome came up, so that the property is not true for want of trying.
    expect(seen.done).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
    expect(seen.rateLimited).toBeGreaterThan(5);
    expect(seen.reports).toBeGreaterThan(100);
    expect(seen.ignored).toBeGreaterThan(5);
    expect(seen.panelStates).toBeGreaterThan(10);
    expect(seen.unknownReports).toBeGreaterThan(10);
    expect(seen.trials - seen.trialsRefused).toBeGreaterThan(10);
    expect(seen.trialsRefused).toBeGreaterThan(10);
  });
});
