// `npm run new-rule -- <id> [--site saga|plage|hotline]`: a new rule in one command. Writes the rule
// file, registers it, adds French and English message stubs, a fixture page and its expectation, a
// README row, and regenerates the admin kit (which lists rule ids). The tests then fail only on what a
// person must write: the phrases, the texts, the fixture page and the README row.
// Exit code 2: called wrongly, nothing written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIT_DIR, loadInputs, renderAdminKit, ROOT, toBuffer } from './admin-kit/kit';
import { planRule, registered } from './new-rule/plan';
import { expectationLine, fixturePage, messageStubs, readmeRow, reviewerRow, ruleFile } from './new-rule/templates';

const path = (p: string): string => join(ROOT, p);
const read = (p: string): string => readFileSync(path(p), 'utf8');
function write(p: string, text: string | Buffer): void {
  mkdirSync(dirname(path(p)), { recursive: true });
  writeFileSync(path(p), text);
  console.log(`wrote ${p}`);
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { site: { type: 'string' } },
  });
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new Error('usage: npm run new-rule -- <id> [--site saga|plage|hotline]');
  const r = planRule(id, values.site);
  const files = [`src/rules/${r.id}.ts`, `test/fixtures/${r.host}/${r.id}.html`];
  for (const f of files) if (existsSync(path(f))) throw new Error(`${f} exists already`);

  write(files[0]!, ruleFile(r));
  write('src/rules/index.ts', registered(read('src/rules/index.ts'), r));
  for (const lang of ['fr', 'en']) {
    const file = `src/_locales/${lang}/messages.json`;
    write(file, `${JSON.stringify({ ...JSON.parse(read(file)), ...messageStubs(r) }, null, 2)}\n`);
  }
  write(files[1]!, fixturePage(r));
  const expectations = read('test/fixtures/expectations.json').trimEnd();
  write('test/fixtures/expectations.json', `${expectations.replace(/\}\s*\]$/, `},\n${expectationLine(r)}\n]`)}\n`);
  const readme = read('README.md');
  const lastRow = readme.indexOf('| SAGA or PLAGE cannot be reached');
  if (lastRow < 0) throw new Error('README.md: rule table not found');
  write('README.md', `${readme.slice(0, lastRow)}${readmeRow(r)}\n${readme.slice(lastRow)}`);
  const notes = read('docs/store/reviewer-notes.md');
  const lastPage = notes.lastIndexOf('\n| https://');
  const after = notes.indexOf('\n', lastPage + 1);
  write('docs/store/reviewer-notes.md', `${notes.slice(0, after)}\n${reviewerRow(r)}${notes.slice(after)}`);
  // The kit lists rule ids for disabledRules; RULES was read before the new file, so add it here.
  const inputs = loadInputs();
  const kit = renderAdminKit({ ...inputs, ruleIds: [...inputs.ruleIds, r.id].sort() });
  for (const [file, content] of kit) writeFileSync(join(KIT_DIR, file), toBuffer(content));
  console.log('regenerated docs/admin/');
  console.log(`\nNow write, then run npm test until it passes:
  - the phrases of the message in src/rules/${r.id}.ts (when.all), and its targets if it points at a button;
  - the texts ${r.keyPrefix}_title and _step1 in src/_locales/fr/messages.json and en/messages.json;
  - the page test/fixtures/${r.host}/${r.id}.html, and its note in test/fixtures/expectations.json;
  - the TODO cells of README.md's rule table and of docs/store/reviewer-notes.md.`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`new-rule: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
