import type { Site } from '../core/sites';
import type { ExtraRule } from './settings';

const SITES: readonly Site[] = ['saga', 'plage', 'hotline'];
const ID = /^[a-z0-9][a-z0-9-]{2,49}$/;
const MAX_ITEMS = 50;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const texts = (v: unknown, max: number, most: number): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.length <= most && v.every((s) => text(s, max));

/** What is wrong with one extra rule, or null when it is fine. */
function fault(item: unknown, taken: ReadonlySet<string>): string | null {
  if (typeof item !== 'object' || item === null) return 'not an object';
  const r = item as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id)) return `id ${JSON.stringify(r.id)}: a-z, 0-9 and -, 3 to 50`;
  if (taken.has(r.id)) return `${r.id}: id already used`;
  if (!SITES.includes(r.site as Site)) return `${r.id}: site must be saga, plage or hotline`;
  if (!texts(r.phrases, 200, 10)) return `${r.id}: phrases must be 1 to 10 texts`;
  if (!text(r.titleFr, 200)) return `${r.id}: titleFr missing`;
  if (!texts(r.stepsFr, 500, 10)) return `${r.id}: stepsFr must be 1 to 10 texts`;
  if (r.titleEn !== undefined && !text(r.titleEn, 200)) return `${r.id}: titleEn is not a text`;
  if (r.stepsEn !== undefined && !texts(r.stepsEn, 500, 10)) return `${r.id}: stepsEn must be 1 to 10 texts`;
  return null;
}

/** The well-formed extra rules, and one line per rule left out (the others still apply). */
export function checkExtraRules(
  items: readonly unknown[],
  builtIn: ReadonlySet<string>,
): { rules: ExtraRule[]; problems: string[] } {
  const rules: ExtraRule[] = [];
  const problems: string[] = [];
  const taken = new Set(builtIn);
  for (const item of items.slice(0, MAX_ITEMS)) {
    const wrong = fault(item, taken);
    if (wrong) {
      problems.push(wrong);
      continue;
    }
    const r = item as ExtraRule;
    taken.add(r.id);
    rules.push({
      id: r.id,
      site: r.site,
      phrases: [...r.phrases],
      titleFr: r.titleFr,
      stepsFr: [...r.stepsFr],
      ...(r.titleEn ? { titleEn: r.titleEn } : {}),
      ...(r.stepsEn ? { stepsEn: [...r.stepsEn] } : {}),
    });
  }
  if (items.length > MAX_ITEMS) problems.push(`more than ${MAX_ITEMS} extra rules: the rest are left out`);
  return { rules, problems };
}
