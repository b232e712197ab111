// Windows: the ADMX/ADML pair for the extension's own settings, one pair per browser. Each pair has
// its own namespace, category and policy names, so the Edge kit and the Chrome kit can both sit in one
// central store and both be imported into Intune.
import { extensionPolicyKey, type Browser } from './browsers';
import { compactJson, type Lang, type Setting, xmlEscape } from './model';
import { type Targets } from './targets';

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
// Chrome's own ADMX gives JSON policies a single-line <text> too: a <multiText> box writes
// REG_MULTI_SZ, which Chromium's registry reader skips.
const JSON_MAX = 1000000;

export interface AdmxContext {
  readonly ruleIds: readonly string[];
  readonly minVersion: string;
}

/** Names in the ADMX, all derived from the browser's kit name. */
export const admxNames = (b: Browser): { category: string; supported: string; policy: (key: string) => string } => ({
  category: b.admxName,
  supported: `SUPPORTED_${b.admxName}`,
  policy: (key) => `${b.admxName}_${key}`,
});

const UI = {
  fr: {
    cat: (b: Browser) => `SAGA Helper (${b.name})`,
    supported: (b: Browser, v: string) => `${b.name} ${v} ou ultérieur, avec l\u2019extension SAGA Helper installée`,
    desc: (b: Browser) => `Paramètres de l\u2019extension SAGA Helper pour ${b.name} (clé 3rdparty).`,
    type: { text: 'texte', enum: 'choix', boolean: 'oui/non', list: 'liste de textes', json: 'JSON (tableau)' },
    reg: {
      text: 'valeur REG_SZ',
      enum: 'valeur REG_SZ',
      boolean: 'valeur REG_DWORD (1 = oui, 0 = non)',
      list: 'sous-clé du même nom, valeurs REG_SZ nommées 1, 2, 3\u2026',
      json: 'valeur REG_SZ contenant du JSON',
    },
    def: 'Par défaut',
    regWord: 'Registre',
    typeWord: 'Type',
    empty: '(vide)',
    colon: ' : ',
    value: (k: string) => `valeur « ${k} »`,
    state: 'Non configuré : la valeur par défaut s\u2019applique.',
    boolState: 'Activé : oui. Désactivé : non. Non configuré : la valeur par défaut s\u2019applique.',
    ids: 'Identifiants des règles :',
    json: 'Saisir un tableau JSON sur une seule ligne : Chromium lit une chaîne JSON dans le registre pour un paramètre de type tableau ou objet. Exemple :',
    mandatory:
      'Seules les stratégies obligatoires (cette clé \\policy) arrivent à l\u2019extension ; le niveau « recommandé » est ignoré.',
  },
  en: {
    cat: (b: Browser) => `SAGA Helper (${b.name})`,
    supported: (b: Browser, v: string) => `${b.name} ${v} or later, with the SAGA Helper extension installed`,
    desc: (b: Browser) => `Settings of the SAGA Helper extension for ${b.name} (3rdparty key).`,
    type: { text: 'text', enum: 'choice', boolean: 'yes/no', list: 'list of texts', json: 'JSON (array)' },
    reg: {
      text: 'REG_SZ value',
      enum: 'REG_SZ value',
      boolean: 'REG_DWORD value (1 = yes, 0 = no)',
      list: 'subkey of the same name, REG_SZ values named 1, 2, 3\u2026',
      json: 'REG_SZ value holding JSON',
    },
    def: 'Default',
    regWord: 'Registry',
    typeWord: 'Type',
    empty: '(empty)',
    colon: ': ',
    value: (k: string) => `value "${k}"`,
    state: 'Not configured: the default applies.',
    boolState: 'Enabled: yes. Disabled: no. Not configured: the default applies.',
    ids: 'Rule ids:',
    json: 'Type a JSON array on one line: Chromium reads a JSON string from the registry for an array or object setting. Example:',
    mandatory: 'Only mandatory policy (this \\policy key) reaches the extension; the "recommended" level is dropped.',
  },
} as const;

export const defaultText = (s: Setting, lang: Lang): string =>
  s.default === '' ? UI[lang].empty : compactJson(s.default);
export const typeText = (s: Setting, lang: Lang): string =>
  `${UI[lang].type[s.kind]}${s.choices ? ` (${s.choices.join(', ')})` : ''}`;
export const registryText = (s: Setting, lang: Lang): string => UI[lang].reg[s.kind];

function explain(s: Setting, lang: Lang, targets: Targets, ctx: AdmxContext): string {
  const t = UI[lang];
  const c = t.colon;
  const key = extensionPolicyKey(targets.browser, targets.primary.id);
  const where = s.kind === 'list' ? `HKLM\\${key}\\${s.key}` : `HKLM\\${key}, ${t.value(s.key)}`;
  const lines = [s[lang].help, '', `${t.typeWord}${c}${typeText(s, lang)}. ${t.def}${c}${defaultText(s, lang)}.`];
  lines.push(`${t.regWord}${c}${where} (${registryText(s, lang)}).`);
  if (s.key === 'disabledRules' && ctx.ruleIds.length) lines.push('', `${t.ids} ${ctx.ruleIds.join(', ')}.`);
  if (s.kind === 'json') lines.push('', t.json, compactJson(s.example));
  lines.push('', s.kind === 'boolean' ? t.boolState : t.state, t.mandatory);
  return lines.join('\n');
}

function element(s: Setting, key: string, b: Browser): string {
  if (s.kind === 'boolean') return '';
  const inner = {
    text: `<text id="${s.key}" valueName="${s.key}" maxLength="2048"/>`,
    json: `<text id="${s.key}" valueName="${s.key}" maxLength="${JSON_MAX}"/>`,
    list: `<list id="${s.key}" key="${key}\\${s.key}" valuePrefix=""/>`,
    enum: [
      `<enum id="${s.key}" valueName="${s.key}">`,
      ...(s.choices ?? []).map(
        (c) =>
          `          <item displayName="$(string.${admxNames(b).policy(s.key)}_${c})"><value><string>${c}</string></value></item>`,
      ),
      '        </enum>',
    ].join('\n'),
  }[s.kind];
  return `      <elements>\n        ${inner}\n      </elements>\n`;
}

export function renderAdmx(settings: readonly Setting[], targets: Targets): string {
  const b = targets.browser;
  const n = admxNames(b);
  const key = extensionPolicyKey(b, targets.primary.id);
  const policies = settings.map((s) => {
    const bool = s.kind === 'boolean';
    const name = n.policy(s.key);
    return `    <policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)" presentation="$(presentation.${name})" key="${key}"${bool ? ` valueName="${s.key}"` : ''}>
      <parentCategory ref="${n.category}"/>
      <supportedOn ref="${n.supported}"/>
${bool ? '      <enabledValue><decimal value="1"/></enabledValue>\n      <disabledValue><decimal value="0"/></disabledValue>\n' : ''}${element(s, key, b)}    </policy>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/admin-kit.ts from src/managed-schema.json: do not edit by hand. -->
<!-- SAGA Helper settings for ${b.name}; extension id in the registry path: ${targets.primary.id}. -->
<policyDefinitions xmlns="${NS}" revision="1.0" schemaVersion="1.0">
  <policyNamespaces>
    <target prefix="${b.admxPrefix}" namespace="${b.admxNamespace}"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions>
      <definition name="${n.supported}" displayName="$(string.${n.supported})"/>
    </definitions>
  </supportedOn>
  <categories>
    <category name="${n.category}" displayName="$(string.${n.category})"/>
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

function presentation(s: Setting, lang: Lang, b: Browser): string {
  const id = admxNames(b).policy(s.key);
  const label = xmlEscape(s[lang].label);
  const body = {
    boolean: '',
    text: `<textBox refId="${s.key}"><label>${label}</label>${s.default ? `<defaultValue>${xmlEscape(s.default)}</defaultValue>` : ''}</textBox>`,
    json: `<textBox refId="${s.key}"><label>${label}</label></textBox>`,
    list: `<listBox refId="${s.key}">${label}</listBox>`,
    enum: `<dropdownList refId="${s.key}" noSort="true" defaultItem="${Math.max(0, (s.choices ?? []).indexOf(String(s.default)))}">${label}</dropdownList>`,
  }[s.kind];
  return body
    ? `      <presentation id="${id}">\n        ${body}\n      </presentation>`
    : `      <presentation id="${id}"/>`;
}

export function renderAdml(settings: readonly Setting[], lang: Lang, targets: Targets, ctx: AdmxContext): string {
  const t = UI[lang];
  const b = targets.browser;
  const n = admxNames(b);
  const str = (id: string, text: string): string => `      <string id="${id}">${xmlEscape(text)}</string>`;
  const strings = [
    str(n.category, t.cat(b)),
    str(n.supported, t.supported(b, ctx.minVersion)),
    ...settings.flatMap((s) => [
      str(n.policy(s.key), s[lang].label),
      str(`${n.policy(s.key)}_Explain`, explain(s, lang, targets, ctx)),
      ...(s.choiceLabels[lang] ?? []).map((c) => str(`${n.policy(s.key)}_${c.value}`, c.label)),
    ]),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/admin-kit.ts from src/managed-schema.json: do not edit by hand. -->
<policyDefinitionResources xmlns="${NS}" revision="1.0" schemaVersion="1.0">
  <displayName>SAGA Helper (${xmlEscape(b.name)})</displayName>
  <description>${xmlEscape(t.desc(b))}</description>
  <resources>
    <stringTable>
${strings.join('\n')}
    </stringTable>
    <presentationTable>
${settings.map((s) => presentation(s, lang, b)).join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}
