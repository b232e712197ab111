// The "How to read it" part of docs/performance.md: what each row measures and how.
export const NOTES = `## How to read it

- Pairs: for each pair the bench starts two browsers, each on a fresh temporary profile, one with the
  extension (a copy of dist/ taken at the start of the run) and one without any, runs the pair's measures in
  both, one after the other, and closes them; which browser goes first alternates from pair to pair. Where
  it is fair (not (c), not (f1)), each browser loads the page once, unmeasured, before the measured load.
- (1) "Ours" is the content script's scanner on the page's DOM (reading text block by block, with
  visibility, message boxes and targets); the naive baseline tests each rule's phrases as a regular
  expression over the normalised text of the whole page. On a page without any error text the scanner
  tests the raw text once with one loose regular expression (no normalising) and stops; with an error in
  it, it reads the blocks, which is what lets it say where the error is, whether it is visible and what to
  point at.
- (a), (b), (c), (d) The ratio is the median, over the pairs, of task time with the extension over task
  time without it (DevTools protocol \`Performance.getMetrics\`, \`TaskDuration\` of the page's renderer
  main thread, where the content script runs), from the start of the load to one second after it (for (b),
  from the start of the churn to 200 ms after it). "pairs x–y" is the lowest and highest ratio of a pair:
  timings on a shared machine are noisy, and ratios under 1 happen. (a) and (d) use Edge's user agent, as
  directors' browsers do, so no browser advice shows.
- (c) Headless Chromium's own user agent: the extension shows its browser advice on its own, which it does
  once per profile, hence its first visit. The run checks that the advice panel was there in the browser
  with the extension, and fails otherwise.
- (d) Near-match pages: list items that each hold "appairage" (the first phrase of saga-pairing-failed,
  without a failure word), "droit" and "expiré", on neutral markup, and no error; the run fails if a panel
  appears. Then the same pages in browsers started with a policy in /etc/chromium/policies/managed/ giving
  the extension an \`extraRules\` entry whose phrases are those two common words (site saga): every block
  then holds all of the rule's phrases, outside any error box. Each such browser checks that the rule
  reached \`storage.managed\` and shows its panel on a control page with the words in an error box. Writing
  the policy needs root; otherwise these rows say "not measured".
- (e) From the insertion of the error text to the panel's element in the DOM: a change after 100 ms of
  quiet is read at once (changes are gathered for a frame, 16 ms, only while the page keeps changing),
  then the panel's module is imported on first use. The tries are spread over the pairs' browsers.
- (f) On the SAGA pairing error page (test/fixtures), whose first answer carries the prefilled mail (so
  the settings, and policy, must be known), from the panel's host in the DOM to the first of the
  worker's actions (clean reload, mail) in its shadow root, both noted by a script in the page's main world
  (observers and a frame poll). (f1): a browser just started, the page opened at once; (f2): the same page
  opened again in the same browser. The budget holds for the slowest pair.
- (g) The files as built (\`npm run build\`, part of \`npm run bench\`); the ZIP as \`npm run package\` writes it.
- The bench exits with 1 when a row is over its budget or failed, after writing this file.
- Causes found and fixed while setting these budgets: the content script asked for an animation frame to
  batch changes, which made the browser render frames it would not have (+30% task time on a page
  re-rendering 200 nodes per task; now a 16 ms timer); every mutation record was read even when a page
  rewrites itself wholesale (now, past 250 records in a frame, it stops taking records until the frame ends
  and reads the page once, and while the page keeps at it, the frames it waits double, up to 16); a long
  page was read block by block even without any error text in it (now one pass over its text decides).
- Causes found and fixed for (c) to (f): each block holding a rule's first phrase made the evaluation read
  its parent and grandparent whole (a list of 8,000 items, 8,000 times: now each message box is read once
  per evaluation and only to a message's length, 800 characters); every block of a phrase was weighed
  (style and layout reads) on every change (now 40 per phrase, and a page of near-matches is read only
  until each phrase it holds has its 40 blocks, unless another phrase is still to be found in it); the
  whole page text was normalised to be searched (now one loose regular expression over the raw text);
  the first i18n call of a page (a few ms in Chromium) was made on every page (now only with extra rules,
  or for a panel); the worker's message checks shipped in the content script (now in panel.js); a change
  after a quiet while waited a frame (now read at once); right after a browser start, Chromium answers
  storage.managed some 2 s late, and the first answer with a mail waited for it (now at most 40 ms, then
  the last policy read, kept in the worker's IndexedDB; the mail's date formatting is warmed up at start).
`;
