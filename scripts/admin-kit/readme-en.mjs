// The kit README's settings table (both languages) and its English summary.
import { compactJson, policyKey } from './model.mjs';
import { defaultText, registryText, typeText } from './windows.mjs';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One row per schema key: the table IT reads to fill each policy. */
export function settingsTable(settings, lang) {
  const head = lang === 'fr'
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
export function itemFieldsTable(settings, lang) {
  const rows = [];
  for (const s of settings.filter((x) => x.kind === 'json' && x.items?.properties)) {
    rows.push(lang === 'fr' ? `Champs d\u2019un élément de \`${s.key}\` (textes du schéma, en anglais) :` : `Fields of an item of \`${s.key}\`:`, '');
    rows.push('| Field | Type | Description |', '|---|---|---|');
    for (const [name, prop] of Object.entries(s.items.properties)) {
      const type = prop.type === 'array' ? `array of ${prop.items?.type ?? 'values'}` : prop.type;
      rows.push(`| \`${name}\` | ${type} | ${cell(prop.description ?? prop.title ?? '')} |`);
    }
    rows.push('', lang === 'fr' ? 'Exemple, tel qu\u2019il se saisit (une ligne) :' : 'Example, as typed (one line):', '', '```json', compactJson(s.example), '```', '');
  }
  return rows;
}

export function englishSummary(settings, targets) {
  const id = targets.primary.id;
  const source = targets.placeholders
    ? [
        'Two sources, each with its own extension id. **Edge Add-ons store**: the id is not known yet, files write it',
        `\`${targets.install[0].id}\`. **Self-hosted** (\`npm run package -- --key KEY.pem --base-url https://<host>/saga-helper/\``,
        'writes the signed CRX and update.xml to `release/` and prints the id; serve both at that https address):',
        `the id comes from your signing key, files write \`${targets.install[1].id}\` and the example URL`,
        `\`${targets.install[1].updateUrl}\`. Make a kit for your real id, with no placeholder left:`,
        '`node scripts/admin-kit.mjs --id <id> [--update-url <url>] --out <folder>` (the id is part of the registry path,',
        'which an ADMX file cannot vary).',
      ]
    : [`This kit is for extension \`${id}\`, installed from \`${targets.install[0].updateUrl}\`.`];
  return [
    '## English summary',
    '',
    ...source,
    '',
    '1. **Force-install**: import Microsoft\u2019s Edge ADMX, then *Control which extensions are installed silently*',
    '   (`ExtensionInstallForcelist`) = `<id>;<update URL>`, or `ExtensionSettings` from `edge/ExtensionSettings.json`',
    '   (`toolbar_state: force_shown` is Edge\u2019s key; Chrome uses `toolbar_pin: force_pinned`). On Windows, Edge',
    '   force-installs from outside the Edge Add-ons store only on domain-joined (AD or Entra) or MDM-managed machines;',
    '   on macOS only on MDM-managed Macs.',
    '2. **Configure**: copy `saga-helper.admx` and its `.adml` files into `PolicyDefinitions`, then Computer Configuration >',
    '   Administrative Templates > Browser extensions > SAGA Helper. Policies write',
    `   \`HKLM\\${policyKey(id)}\`. Or use the example \`.reg\` / \`.ps1\`, the macOS profile (domain`,
    '   `com.microsoft.Edge.extensions.<id>`), or the Linux file in `/etc/chromium/policies/managed/` or',
    '   `/etc/opt/edge/policies/managed/`. Intune: see `intune.md`. `extraRules` is one line of JSON (Chromium reads a',
    '   JSON string for an array setting; a multi-line GPO box would write REG_MULTI_SZ, which Chromium skips).',
    '3. **Verify**: `edge://policy` > Reload policies; the extension\u2019s options page shows « Géré par votre',
    '   établissement » (managed by your organisation) for each policy-set value.',
    '4. **Bad values** are ignored one by one and shown on the options page; the rest applies.',
    '5. **Mandatory only**: the "recommended" level never reaches the extension.',
    '',
    ...settingsTable(settings, 'en'),
    '',
    ...itemFieldsTable(settings, 'en'),
  ].slice(0, -1);
}
