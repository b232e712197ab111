import { normalise } from '../core/normalise';
import type { Site } from '../core/sites';
import type { ExtraRule, ProblemReason } from './settings';
import { SITES, isText as text, isTexts as texts } from './settings-check';

const ID = /^[a-z0-9][a-z0-9-]{2,49}$/;
const MAX_ITEMS = 50;

// Invisible characters written out (\u200B), so that IT can find them in the policy it wrote.
const spelled = (text: string): string =>
  JSON.stringify(text.slice(0, 60)).replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, (c) => {
    const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });

/**
 * A phrase that normalises to nothing (zero-width spaces, combining marks alone) would match nowhere
 * and cannot be numbered in the catalogue: refused here, with the phrase written out.
 */
function emptyPhrase(r: ExtraRule): string | null {
  const at = r.phrases.findIndex((p) => normalise(p) === '');
  return at < 0 ? null : `${r.id}: phrases[${at}] ${spelled(r.phrases[at] as string)}`;
}

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
): { rules: ExtraRule[]; problems: [ProblemReason, string][] } {
  const rules: ExtraRule[] = [];
  const problems: [ProblemReason, string][] = [];
  const taken = new Set(builtIn);
  for (const item of items.slice(0, MAX_ITEMS)) {
    const wrong = fault(item, taken);
    if (wrong) {
      problems.push(['extra-rule', wrong]);
      continue;
    }
    const r = item as ExtraRule;
    const empty = emptyPhrase(r);
    if (empty) {
      problems.push(['empty-phrase', empty]);
      continue;
    }
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
  if (items.length > MAX_ITEMS)
    problems.push(['extra-rule', `more than ${MAX_ITEMS} extra rules: the rest are left out`]);
  return { rules, problems };
}
