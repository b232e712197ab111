// Random messages for the worker's property test: well-formed requests of every type (with random extra
// fields and values), the same with fields of the wrong kind, and anything at all.
import fc from 'fast-check';
import { FOREIGN, HOTLINE, PLAGE, SAGA } from './worker-world';

const START = Date.UTC(2026, 10, 28, 9, 0);
const TYPES = ['report', 'clean-reload', 'return-to-saga', 'tab-state', 'panel-state', 'unknown-report', 'trial-rule'];
// Rules that start, move and end the procedures, screens without one, an extra rule's id, nothing.
const RULE_SETS = [
  ['saga-rights-invalid'],
  ['saga-rights-invalid', 'browser-not-recommended'],
  ['saga-pairing-failed'],
  ['plage-profile-active'],
  ['plage-profile-missing'],
  ['plage-profile-inactive'],
  ['saga-account-choice'],
  ['saga-first-login'],
  ['hotline-portal'],
  ['saga-maintenance'],
  [],
];
const URLS = [SAGA, PLAGE, HOTLINE, FOREIGN, 'http://saga.cng.sante.fr/', 'javascript:alert(1)'];

const extra = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
const withExtra = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.option(extra, { nil: undefined })).map(([m, e]) => (e ? { ...e, ...m } : m));
const tabId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1, 2, 3, 4, 5, 7) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)) },
);

const report = fc
  .record({
    rules: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...RULE_SETS) },
      { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }) },
    ),
    params: fc.oneof(
      { weight: 5, arbitrary: fc.constant([]) },
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }),
    ),
    evidence: fc.oneof(fc.constant('Appairage PLAGE-SAGA impossible'), fc.string({ maxLength: 40 })),
    url: fc.constantFrom(...URLS),
    // Pages loaded long before, around now, or at odd times.
    loadedAt: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: START - 60_000, max: START + 2 * 3_600_000 }) },
      { weight: 1, arbitrary: fc.oneof(fc.constant(0), fc.double(), fc.constant(-1)) },
    ),
  })
  .map((fields) => ({ type: 'report', ...fields }));
const clean = fc
  .option(tabId, { nil: undefined })
  .map((id) => (id === undefined ? { type: 'clean-reload' } : { type: 'clean-reload', tabId: id }));
const back = fc.constant({ type: 'return-to-saga' });
const state = tabId.map((id) => ({ type: 'tab-state', tabId: id }));
const panel = fc
  .option(fc.oneof({ weight: 4, arbitrary: fc.boolean() }, fc.jsonValue({ maxDepth: 1 })), { nil: undefined })
  .map((collapsed) => (collapsed === undefined ? { type: 'panel-state' } : { type: 'panel-state', collapsed }));
// A message picked on a page (or claimed to be), for the report of a message SAGA Helper does not know.
const unknown = fc
  .record({
    // Mostly a page of the site it names; at times another site's, or one of no site.
    where: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom<[string, string]>(['saga', SAGA], ['plage', PLAGE], ['hotline', HOTLINE]),
      },
      fc.tuple(fc.constantFrom<string>('saga', 'plage', 'hotline', 'other'), fc.constantFrom<string>(...URLS)),
    ),
    text: fc.oneof(fc.constant('Une erreur inattendue est survenue.'), fc.string({ maxLength: 40 })),
    phrases: fc.oneof(
      { weight: 3, arbitrary: fc.constant(['Une erreur inattendue est survenue']) },
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    ),
    verified: fc.oneof({ weight: 4, arbitrary: fc.boolean() }, fc.jsonValue({ maxDepth: 0 })),
  })
  .map(({ where: [site, url], ...fields }) => ({ type: 'unknown-report', site, url, ...fields }));
// A rule policy would accept, one it would refuse (a built-in id, a missing title, not an object), or none.
const GOOD_RULE = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance en cours'],
  titleFr: 'SAGA Directeurs est en maintenance',
  stepsFr: ['Réessayez dans une heure.'],
};
const trial = fc
  .record({
    tabId,
    rule: fc.oneof(
      { weight: 3, arbitrary: fc.constant<unknown>(GOOD_RULE) },
      { weight: 2, arbitrary: fc.constant(null) },
      fc.constantFrom<unknown>(
        { ...GOOD_RULE, id: 'saga-rights-invalid' },
        { ...GOOD_RULE, titleFr: '' },
        { ...GOOD_RULE, phrases: ['\u200B'] },
        [GOOD_RULE],
        'saga-maintenance',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
  })
  .map((fields) => ({ type: 'trial-rule', ...fields }));
// A known type with fields of any kind, or an object, a string, a number... of any shape.
const junk = fc.oneof(
  fc
    .record({ type: fc.constantFrom(...TYPES, 'open-tab', 'toString', '__proto__') })
    .chain((m) => extra.map((e) => ({ ...e, ...m }))),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, undefined, 'clean-reload', ['return-to-saga'], { type: ['report'] }),
);

export const messageArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: withExtra(report) },
  { weight: 3, arbitrary: withExtra(clean) },
  { weight: 2, arbitrary: withExtra(back) },
  { weight: 1, arbitrary: withExtra(state) },
  { weight: 1, arbitrary: withExtra(panel) },
  { weight: 1, arbitrary: withExtra(unknown) },
  { weight: 1, arbitrary: withExtra(trial) },
  { weight: 2, arbitrary: junk },
);

// A page that shows its error again (a page loaded before anything: the worker still offers the fix)
// and a panel button clicked at once, twice: what a page forging clicks does.
const again = (rules: string[], url: string): object => ({
  type: 'report',
  rules,
  params: [],
  evidence: '',
  url,
  loadedAt: START - 60_000,
});
const CLEAN = { type: 'clean-reload' };
const BACK = { type: 'return-to-saga' };
export const burstArb: fc.Arbitrary<readonly unknown[]> = fc.constantFrom(
  [again(['saga-rights-invalid'], SAGA), CLEAN, again(['saga-rights-invalid'], SAGA), CLEAN],
  [again(['saga-pairing-failed'], SAGA), CLEAN, again(['saga-pairing-failed'], SAGA), CLEAN],
  [again(['saga-rights-invalid'], PLAGE), CLEAN, again(['saga-rights-invalid'], PLAGE), CLEAN],
  [again(['plage-profile-active'], PLAGE), BACK, BACK],
  [
    { ...CLEAN, tabId: 1 },
    { ...CLEAN, tabId: 1 },
  ],
);
