// The kit README's settings table (both languages) and its English summary.
import { defaultText, registryText, typeText } from './admx-texts';
import { extensionPolicyKey } from './browsers';
import { FIREFOX_PATHS } from './firefox';
import { compactJson, type Lang, type Setting } from './model';
import { kitPaths } from './paths';
import { unknownMessagesEn } from './readme-loop';
import { forcelistLine, SELF_HOSTED_ID, type Targets } from './targets';

const cell = (text: unknown): string => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One row per schema key: the table IT reads to fill each policy. */
export function settingsTable(settings: readonly Setting[], lang: Lang): string[] {
  const head =
    lang === 'fr'
      ? '| Clé | Type | Registre (Windows) | Par défaut | Description |'
      : '| Key | Type | Registry (Windows) | Default | Description |';
  return [
    head,
    '|---|---|---|---|---|',
    ...settings.map((s) => {
      const def = s.default === '' ? defaultText(s, lang) : `\`${cell(defaultText(s, lang))}\``;
      return `| \`${s.key}\` | ${cell(typeText(s, lang))} | ${cell(registryText(s, lang))} | ${def} | **${cell(s[lang].label)}.** ${cell(s[lang].help)} |`;
    }),
  ];
}

/** The fields of each JSON setting's items (extraRules), from the schema: English only. */
export function itemFieldsTable(settings: readonly Setting[], lang: Lang): string[] {
  const rows: string[] = [];
  for (const s of settings.filter((x) => x.kind === 'json' && x.items?.properties)) {
    rows.push(
      lang === 'fr'
        ? `Champs d\u2019un élément de \`${s.key}\` (textes du schéma, en anglais) :`
        : `Fields of an item of \`${s.key}\`:`,
      '',
    );
    rows.push('| Field | Type | Description |', '|---|---|---|');
    for (const [name, prop] of Object.entries(s.items?.properties ?? {})) {
      const type = prop.type === 'array' ? `array of ${prop.items?.type ?? 'values'}` : prop.type;
      rows.push(`| \`${name}\` | ${type} | ${cell(prop.description ?? prop.title ?? '')} |`);
    }
    rows.push(
      '',
      lang === 'fr' ? 'Exemple, tel qu\u2019il se saisit (une ligne) :' : 'Example, as typed (one line):',
      '',
      '```json',
      compactJson(s.example),
      '```',
      '',
    );
  }
  return rows;
}

function sources(kits: readonly Targets[]): string[] {
  const first = kits[0];
  if (!first) return [];
  if (!first.placeholders)
    return [`This kit is for extension \`${first.primary.id}\`, installed from \`${first.primary.updateUrl}\`.`];
  return [
    `Each store gives SAGA Helper its own id (files write ${kits.map((t) => `\`${t.browser.storeIdPlaceholder}\``).join(' and ')}, not known`,
    `yet). **Self-hosted** (\`npm run package -- --key KEY.pem --base-url https://<host>/saga-helper/\`): the id comes from your`,
    `signing key and is the same in both browsers (files write \`${SELF_HOSTED_ID}\`). Make a kit for your real id, with no`,
    'placeholder left: `npm run admin-kit -- --id <id> --update-url <url> --out <folder>` (self-hosted, both browsers) or',
    '`npm run admin-kit -- --id <store id> --browser edge|chrome --out <folder>`. The id is part of the registry path, which',
    'an ADMX file cannot vary.',
  ];
}

export function englishSummary(settings: readonly Setting[], kits: readonly Targets[], firefox = false): string[] {
  return [
    '## English summary',
    '',
    ...sources(kits),
    '',
    ...(firefox
      ? [
          `**Firefox (ESR)** has its own page, [${FIREFOX_PATHS.readme}](${FIREFOX_PATHS.readme}): policies.json, registry, ADMX, signing.`,
          '',
        ]
      : []),
    '1. **Force-install without harming other extensions.** `ExtensionInstallForcelist` and `ExtensionSettings` are single',
    '   values for all extensions: add the SAGA Helper line to the GPO, Intune profile, macOS profile or JSON file that already',
    '   sets them; never create a second one (a list policy is not additive: the last GPO applied replaces the other\u2019s list',
    '   and the browser uninstalls every extension that leaves it). Then check `edge://policy` / `chrome://policy`.',
    ...kits.map(
      (t) =>
        `   ${t.browser.name}: \`${forcelistLine(t.primary)}\`; ExtensionSettings entry in \`${kitPaths(t.browser).extSettingsOneLine}\`, to insert inside the existing JSON object.`,
    ),
    '   On Windows, Edge force-installs from outside the Edge Add-ons store only on domain-joined (AD or Entra) or MDM-managed',
    '   machines; on macOS only on MDM-managed Macs.',
    '2. **Configure**: each browser has its own ADMX/ADML pair (own namespace, category and policy names: both can sit in one',
    '   central store). Policies write',
    ...kits.map((t) => `   \`HKLM\\${extensionPolicyKey(t.browser, t.primary.id)}\``),
    '   Or use the `.reg` / `.ps1` (apply and remove; SAGA Helper\u2019s own key only), the macOS settings profile, or the Linux',
    '   settings file (it carries `3rdparty` only: Chromium merges it extension by extension and key by key with the other',
    '   files). Intune: see `intune.md` (ADMX ingestion works for Chrome, not for Edge). `extraRules` is one line of JSON.',
    '3. **Verify**: `edge://policy` / `chrome://policy` > Reload policies; the options page shows « Géré par votre',
    '   établissement » (managed by your organisation) for each policy-set value.',
    '4. **Bad values** are ignored one by one and shown on the options page; the rest applies. A yes/no setting takes a',
    '   REG_DWORD 0/1, and Chromium also converts a REG_SZ holding a number ("0", "1"); other text is dropped.',
    '5. **Mandatory only**: the "recommended" level never reaches the extension.',
    '',
    ...unknownMessagesEn(),
    ...settingsTable(settings, 'en'),
    '',
    ...itemFieldsTable(settings, 'en'),
  ].slice(0, -1);
}
