// Firefox's page for IT: the table of the encoding the kit writes (both languages), and the English summary.
import { FIREFOX_ID } from '../../src/lib/firefox-id';
import { MAX_JSON_TEXT } from '../../src/lib/settings-forms';
import { DEBIAN_XPI_URL, FIREFOX_PATHS, FIREFOX_SETTINGS_KEY, UNSIGNED_MARK, XPI_URL } from './firefox';
import { compactJson, type Kind, type Lang, type Setting } from './model';

const cell = (text: unknown): string => String(text).replace(/\|/g, '\\|');
/** A kit path as firefox/README.md, which sits beside these files, names it. */
export const fromFirefoxReadme = (path: string): string => path.replace(/^firefox\//, '');

// Per kind: policies.json's type, the registry's, and why.
const ENCODING: Readonly<Record<Lang, Readonly<Record<Kind, readonly [string, string, string]>>>> = {
  fr: {
    text: ['texte', 'REG_SZ', 'du texte, transmis tel quel'],
    enum: ['texte', 'REG_SZ', 'du texte, transmis tel quel'],
    boolean: [
      '`true` ou `false`',
      'REG_DWORD `0` ou `1`',
      'Firefox transmet le nombre tel quel ; SAGA Helper lit 0 comme non et 1 comme oui',
    ],
    list: [
      'tableau JSON',
      'REG_SZ : le tableau en JSON, sur une ligne',
      'Firefox transmet le texte tel quel ; SAGA Helper le lit comme JSON. Une seule valeur, dans le .reg comme dans la GPO',
    ],
    json: [
      'tableau JSON',
      'REG_SZ : le tableau en JSON, sur une ligne',
      'Firefox transmet le texte tel quel ; SAGA Helper le lit comme JSON',
    ],
  },
  en: {
    text: ['text', 'REG_SZ', 'text, passed on as it is'],
    enum: ['text', 'REG_SZ', 'text, passed on as it is'],
    boolean: [
      '`true` or `false`',
      'REG_DWORD `0` or `1`',
      'Firefox passes the number on as it is; SAGA Helper reads 0 as no and 1 as yes',
    ],
    list: [
      'JSON array',
      'REG_SZ: the array as JSON, on one line',
      'Firefox passes the text on as it is; SAGA Helper reads it as JSON. One value, in the .reg as in the GPO',
    ],
    json: [
      'JSON array',
      'REG_SZ: the array as JSON, on one line',
      'Firefox passes the text on as it is; SAGA Helper reads it as JSON',
    ],
  },
};

/** One row per setting: what policies.json and the registry hold, as the kit writes them. */
export function encodingTable(settings: readonly Setting[], lang: Lang): string[] {
  const head =
    lang === 'fr'
      ? '| Clé | policies.json | Registre (Windows) | Pourquoi |'
      : '| Key | policies.json | Registry (Windows) | Why |';
  return [
    head,
    '|---|---|---|---|',
    ...settings.map((s) => {
      const [json, reg, why] = ENCODING[lang][s.kind];
      return `| \`${s.key}\` | ${json} | ${reg} | ${cell(why)} |`;
    }),
  ];
}

export function firefoxEnglish(settings: readonly Setting[]): string[] {
  const p = Object.fromEntries(
    Object.entries(FIREFOX_PATHS).map(([k, v]) => [k, typeof v === 'string' ? fromFirefoxReadme(v) : '']),
  ) as Record<keyof typeof FIREFOX_PATHS, string>;
  return [
    '## English summary',
    '',
    `SAGA Helper\u2019s add-on id in Firefox is \`${FIREFOX_ID}\`, the same for every install the project signs: these files`,
    'need no id of yours, only the address of your XPI (an establishment that signs its own build under another id puts',
    'that id in their place). Firefox reads its policies when it starts; check them in `about:policies`.',
    '',
    '1. **Sign it.** Mozilla\u2019s builds of Firefox (mozilla.org, Windows, macOS, most Linux packages) install signed add-ons',
    '   only. `npm run package` writes an unsigned `saga-helper-<version>.xpi`; have it signed on addons.mozilla.org as',
    '   **unlisted** (not shown in the catalogue; you host the file) with `web-ext sign --channel unlisted` and the source',
    '   (command above; the project README\u2019s "Firefox ESR" has the details), or upload the XPI in the Developer Hub',
    '   ("On your own").',
    `2. **Force-install** with \`ExtensionSettings\` (\`${p.installJson}\`): \`force_installed\` from \`${XPI_URL}\`.`,
    '   Firefox reads ONE policies.json, and `ExtensionSettings` is one value for every extension: add the SAGA Helper entry',
    '   inside the existing object; never create a second file or a second GPO for it. policies.json goes in',
    '   `/etc/firefox/policies/` (Linux) or in the `distribution/` folder of the install (Windows, macOS); on Windows, GPO with',
    '   Mozilla\u2019s templates sets Firefox\u2019s own policies. To update, serve the new version under a new name and change',
    '   `install_url`.',
    `3. **${UNSIGNED_MARK}** \`${p.debianJson}\`: \`install_url\``,
    `   \`${DEBIAN_XPI_URL}\`, and \`Preferences\` locks \`xpinstall.signatures.required\` to false (for every add-on of the machine).`,
    `4. **Configure**: \`3rdparty\` > \`Extensions\` > \`${FIREFOX_ID}\` in policies.json (\`${p.settingsJson}\`, native JSON types),`,
    `   or the registry key \`HKLM\\${FIREFOX_SETTINGS_KEY}\` (\`${p.settingsReg}\`, its removal twin, or the ADMX/ADML pair).`,
    '   Firefox applies no schema and passes registry values on as they are, so the kit writes lists as JSON text in one',
    '   REG_SZ and yes/no as a REG_DWORD 0/1, the forms SAGA Helper reads. A policy set in the registry replaces the same',
    '   policy of policies.json whole: if policies.json sets `3rdparty` for other extensions, add SAGA Helper there instead.',
    `5. **Values SAGA Helper accepts**: lists as JSON arrays or JSON text (${MAX_JSON_TEXT} characters at most); yes/no as`,
    '   true/false, 0/1, or the texts "0", "1", "true", "false". Anything else is ignored alone and shown on the options page.',
    '',
    ...encodingTable(settings, 'en'),
    '',
    'Example of `extraRules` as the registry holds it (one line):',
    '',
    '```json',
    compactJson(settings.find((s) => s.key === 'extraRules')?.example ?? []),
    '```',
  ];
}
