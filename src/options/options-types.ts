import type { Translate } from '../lib/translate';
import type { ResolvedSettings, SettingKey } from '../lib/settings';

/** The user's own values to store; undefined puts a setting back to its default. */
export type SettingsPatch = Partial<Record<SettingKey, unknown>>;

/** A rule of the catalogue as the page lists it: its id and the message key of its title. */
export interface RuleEntry {
  readonly id: string;
  readonly title: string;
}

export interface OptionsInput {
  readonly resolved: ResolvedSettings;
  readonly t: Translate;
  readonly save: (patch: SettingsPatch) => Promise<void>;
  readonly rules: readonly RuleEntry[];
}

/** What the view of one setting needs: the page's input and a way to save that reports in the status line. */
export interface FieldContext {
  readonly doc: Document;
  readonly input: OptionsInput;
  commit(patch: SettingsPatch): void;
}
