// The pure part of `npm run new-rule`: the new rule's names and place, and the registry edit.
import { SITE_HOSTS, type Site } from '../../src/core/sites';
import { RULES } from '../../src/rules/index';
import type { NewRule } from './templates';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const RESERVED = ['network-unreachable'];

/** Checks the id and derives the rest: site from its prefix, a free priority, key and variable names. */
export function planRule(id: string, siteOption: string | undefined): NewRule {
  if (!ID.test(id) || id.length > 50)
    throw new Error(`${id}: a rule id is kebab-case, like saga-session-expired (a-z, 0-9, -)`);
  if (RULES.some((r) => r.id === id) || RESERVED.includes(id)) throw new Error(`${id}: that rule id is taken`);
  const prefix = id.split('-')[0] ?? '';
  const site = (siteOption ?? (prefix in SITE_HOSTS ? prefix : 'saga')) as Site;
  if (!(site in SITE_HOSTS)) throw new Error(`--site ${siteOption}: saga, plage or hotline`);
  const advice = Math.max(...RULES.filter((r) => r.kind === 'advice').map((r) => r.priority), 0);
  const taken = new Set(RULES.map((r) => r.priority));
  let priority = advice + 1;
  while (taken.has(priority)) priority++;
  const variable = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return { id, site, host: SITE_HOSTS[site], priority, keyPrefix: `rule_${id.replace(/-/g, '_')}`, variable };
}

/** src/rules/index.ts with the rule imported and listed last in RULES (the order is by priority anyway). */
export function registered(index: string, r: NewRule): string {
  const importLine = `import ${r.variable} from './${r.id}';\n`;
  const firstList = index.indexOf('export const RULES');
  const close = index.indexOf('];', firstList);
  if (firstList < 0 || close < 0) throw new Error('src/rules/index.ts: no RULES list found');
  const withItem = `${index.slice(0, close)}  ${r.variable},\n${index.slice(close)}`;
  const lastImport = withItem.lastIndexOf('\nimport ');
  const at = withItem.indexOf('\n', lastImport + 1) + 1;
  return `${withItem.slice(0, at)}${importLine}${withItem.slice(at)}`;
}
