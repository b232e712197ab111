// The options page rendered in jsdom, built from named parts: policy (storage.managed), the user's own
// choices (storage.local), overrides of the page's input, and what saving does.
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import type { SettingKey } from '../../src/lib/settings';
import { resolveSettings } from '../../src/lib/settings-resolve';
import type { OptionsInput, SettingsPatch } from '../../src/options/options-view';
import { renderOptions } from '../../src/options/options-view';
import { RULE_IDS, RULES } from '../../src/rules';
import { getMessageFrom, loadMessages } from './messages';
import { plain } from './text';

export type Save = (patch: SettingsPatch) => Promise<void>;

export interface OptionsPage {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly save: ReturnType<typeof vi.fn<Save>>;
  readonly input: OptionsInput;
  box(key: SettingKey): Element;
  text(selector: string): string;
  control<T extends HTMLElement>(selector: string): T;
  /** What the setting's « source » line says: default, policy or the user's choice. */
  source(key: SettingKey): string;
  /** Edits a control as a person would, then fires its change event. */
  change(selector: string, edit: (node: HTMLInputElement & HTMLSelectElement) => void): void;
}

export interface OptionsSetup {
  readonly policy?: unknown;
  readonly user?: unknown;
  readonly input?: Partial<OptionsInput>;
  /** What storage.local.set does; resolves by default. */
  readonly save?: Save;
}

/** An extra rule as IT writes one in policy. */
export const EXTRA = {
  id: 'saga-maintenance',
  site: 'saga',
  phrases: ['maintenance'],
  titleFr: 'SAGA Directeurs est en maintenance',
  titleEn: 'SAGA Directeurs is under maintenance',
  stepsFr: ['Réessayez après 18 h.'],
};

export const fr = getMessageFrom(loadMessages('fr'));
export const en = getMessageFrom(loadMessages('en'));

export function openOptions({ policy = {}, user, input = {}, save }: OptionsSetup = {}): OptionsPage {
  const dom = new JSDOM('<main></main>');
  const doc = dom.window.document;
  const saveFn = vi.fn<Save>(save ?? (async () => undefined));
  const full: OptionsInput = {
    resolved: resolveSettings(policy, user, RULE_IDS),
    t: fr,
    save: saveFn,
    rules: RULES,
    ...input,
  };
  renderOptions(doc, full);
  const control = <T extends HTMLElement>(selector: string): T => doc.querySelector(selector) as T;
  return {
    dom,
    doc,
    save: saveFn,
    input: full,
    box: (key) => doc.querySelector(`[data-key="${key}"]`) as Element,
    text: (selector) => plain(doc.querySelector(selector)?.textContent),
    control,
    source: (key) => plain(doc.querySelector(`[data-key="${key}"] .source`)?.textContent),
    change(selector, edit) {
      const node = control<HTMLInputElement & HTMLSelectElement>(selector);
      edit(node);
      node.dispatchEvent(new dom.window.Event('change', { bubbles: true }));
    },
  };
}
