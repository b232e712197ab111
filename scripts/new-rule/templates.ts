// What `npm run new-rule` writes: everything a rule needs, with the parts only a person can write
// left empty, so that the tests then fail on exactly those (the catalogue test on the phrases and the
// texts, the fixture test on the page, the README test on its row).
import type { Site } from '../../src/core/sites';

export interface NewRule {
  readonly id: string;
  readonly site: Site;
  readonly host: string;
  readonly priority: number;
  /** rule_<id with underscores>: the prefix of its message keys. */
  readonly keyPrefix: string;
  /** The import name in src/rules/index.ts. */
  readonly variable: string;
}

export const ruleFile = (r: NewRule): string => `import { defineRule } from '../core/rule';

// Written by npm run new-rule. Say here which screen or message of the CNG guide this rule recognises.
export default defineRule({
  id: '${r.id}',
  sites: ['${r.site}'],
  // Placed below every problem rule and above the browser advice: move it to where it belongs.
  priority: ${r.priority},
  kind: 'error',
  when: {
    scope: 'block',
    // Each clause: the phrases of the message as written on the page (any one of them will do).
    all: [[]],
  },
  title: '${r.keyPrefix}_title',
  steps: ['${r.keyPrefix}_step1'],
  actions: [],
});
`;

export const fixturePage = (r: NewRule): string => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>${r.id}</title>
  </head>
  <body>
    <!-- Written by npm run new-rule: put here the page as the guide shows it, with the message of ${r.id}. -->
    <main></main>
  </body>
</html>
`;

/** The line of test/fixtures/expectations.json, in that file's one-object-per-line style. */
export const expectationLine = (r: NewRule): string =>
  `  {"fixture": "${r.host}/${r.id}.html", "browser": "edge", "rules": ["${r.id}"], "note": "TODO: what this page shows"}`;

/** README's rule table row, with the two cells a person writes. */
export const readmeRow = (r: NewRule): string =>
  `| TODO: the screen or message of the guide | \`${r.id}\` | TODO: what the panel says |`;

/** The row of the store reviewer notes, which list every fixture page. */
export const reviewerRow = (r: NewRule): string =>
  `| https://${r.host}/${r.id}.html | ${r.id} | TODO: what the reviewer sees |`;

/** Message stubs: an empty message fails the catalogue test until someone writes it, in each language. */
export function messageStubs(r: NewRule): Record<string, { message: string; description: string }> {
  return {
    [`${r.keyPrefix}_title`]: { message: '', description: `Title of the ${r.id} panel.` },
    [`${r.keyPrefix}_step1`]: { message: '', description: `First step of the ${r.id} panel.` },
  };
}
