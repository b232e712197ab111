// Where each file of a browser's kit goes, relative to the kit folder. README, intune.md and the
// generator all link through here, so a renamed file cannot leave a dead link.
import type { Browser } from './browsers';
import type { Lang } from './model';

export interface KitPaths {
  readonly admx: string;
  readonly adml: (lang: Lang) => string;
  readonly settingsReg: string;
  readonly settingsRemoveReg: string;
  readonly settingsPs1: string;
  readonly settingsRemovePs1: string;
  readonly forcelistReg: string;
  readonly extSettingsJson: string;
  readonly extSettingsOneLine: string;
  readonly extSettingsReg: string;
  readonly mobileconfig: string;
  readonly linux: string;
}

export const ADML_FOLDER: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-US' };

export function kitPaths(b: Browser): KitPaths {
  const base = `${b.id}/windows/saga-helper-${b.id}`;
  return {
    admx: `${base}.admx`,
    adml: (lang) => `${b.id}/windows/${ADML_FOLDER[lang]}/saga-helper-${b.id}.adml`,
    settingsReg: `${base}-settings.reg`,
    settingsRemoveReg: `${base}-settings-remove.reg`,
    settingsPs1: `${base}-settings.ps1`,
    settingsRemovePs1: `${base}-settings-remove.ps1`,
    // Files that touch the browser's own install policies are examples to merge, and say so in their name.
    forcelistReg: `${b.id}/install-examples/ExtensionInstallForcelist.example.reg`,
    extSettingsJson: `${b.id}/install-examples/ExtensionSettings.example.json`,
    extSettingsOneLine: `${b.id}/install-examples/ExtensionSettings.oneline.example.json`,
    extSettingsReg: `${b.id}/install-examples/ExtensionSettings.example.reg`,
    mobileconfig: `${b.id}/macos/saga-helper-${b.id}-settings.mobileconfig`,
    linux: `${b.id}/linux/saga-helper-settings.json`,
  };
}

/** A Markdown link to a kit file, from the kit's root. */
export const link = (path: string): string => `[${path}](${path})`;
