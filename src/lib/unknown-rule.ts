import type { Site } from '../core/sites';
import type { ExtraRule } from './settings';

/**
 * The `extraRules` entry an unknown-message report carries: the message's phrases as found on the
 * page, the title and steps left for the IT department to write, in French and English. The texts to
 * fill in say so in both languages, and are valid as they are (policy would accept the entry and show
 * a panel whose title asks for its text): an admin who pastes it too early sees the gap, nothing breaks.
 */
export const TO_FILL: Pick<ExtraRule, 'titleFr' | 'titleEn' | 'stepsFr' | 'stepsEn'> = {
  // Short: the entry travels in a mailto: link of under 2,000 characters, with the message it is for.
  titleFr: 'À compléter : titre',
  titleEn: 'To fill in: title',
  stepsFr: ['À compléter : étapes'],
  stepsEn: ['To fill in: steps'],
};

// FNV-1a, 32 bits: the same phrases on the same site give the same id, so that two reports of one
// message name one rule.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/** The entry for a message seen on `site`, recognised by `phrases` (1 to 10, as checkExtraRules wants). */
export function draftRule(site: Site, phrases: readonly string[]): ExtraRule {
  return {
    id: `${site}-message-${hash(`${site}\n${phrases.join('\n')}`)}`,
    site,
    phrases: [...phrases],
    ...TO_FILL,
    stepsFr: [...(TO_FILL.stepsFr ?? [])],
    stepsEn: [...(TO_FILL.stepsEn ?? [])],
  };
}

/** The entry on one line, its keys in the schema's order: what an admin adds to the `extraRules` list. */
export function entryLine(rule: ExtraRule): string {
  const { id, site, phrases, titleFr, titleEn, stepsFr, stepsEn } = rule;
  return JSON.stringify({ id, site, phrases, titleFr, titleEn, stepsFr, stepsEn });
}
