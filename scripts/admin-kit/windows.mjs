// Windows: the ADMX/ADML pair for the extension's own settings, under Edge's 3rdparty key.
import { compactJson, policyKey, xmlEscape } from './model.mjs';

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
/** Category names, root first: Intune builds its OMA-URI area from them. */
export const CATEGORY_PATH = ['SagaHelper_Extensions', 'SagaHelper'];
const SUPPORTED = 'SUPPORTED_SagaHelper';
// Chrome's own ADMX gives JSON policies a single-line <text> too: a <multiText> box writes
// REG_MULTI_SZ, which Chromium's registry reader skips.
const JSON_MAX = 1000000;

const UI = {
  fr: {
    root: 'Extensions de navigateur', cat: 'SAGA Helper',
    supported: (v) => `Microsoft Edge ${v} ou ultérieur, avec l\u2019extension SAGA Helper installée`,
    desc: 'Paramètres de l\u2019extension SAGA Helper pour Microsoft Edge (clé 3rdparty).',
    type: { text: 'texte', enum: 'choix', boolean: 'oui/non', list: 'liste de textes', json: 'JSON (tableau)' },
    reg: { text: 'valeur REG_SZ', enum: 'valeur REG_SZ', boolean: 'valeur REG_DWORD (1 = oui, 0 = non)', list: 'sous-clé du même nom, valeurs REG_SZ nommées 1, 2, 3\u2026', json: 'valeur REG_SZ contenant du JSON' },
    def: 'Par défaut', regWord: 'Registre', typeWord: 'Type', empty: '(vide)', colon: ' : ', value: (k) => `valeur « ${k} »`,
    state: 'Non configuré : la valeur par défaut s\u2019applique.',
    boolState: 'Activé : oui. Désactivé : non. Non configuré : la valeur par défaut s\u2019applique.',
    ids: 'Identifiants des règles :',
    json: 'Saisir un tableau JSON sur une seule ligne : Chromium lit une chaîne JSON dans le registre pour un paramètre de type tableau ou objet. Exemple :',
    mandatory: 'Seules les stratégies obligatoires (cette clé \\policy) arrivent à l\u2019extension ; le niveau « recommandé » est ignoré.',
  },
  en: {
    root: 'Browser extensions', cat: 'SAGA Helper',
    supported: (v) => `Microsoft Edge ${v} or later, with the SAGA Helper extension installed`,
    desc: 'Settings of the SAGA Helper extension for Microsoft Edge (3rdparty key).',
    type: { text: 'text', enum: 'choice', boolean: 'yes/no', list: 'list of texts', json: 'JSON (array)' },
    reg: { text: 'REG_SZ value', enum: 'REG_SZ value', boolean: 'REG_DWORD value (1 = yes, 0 = no)', list: 'subkey of the same name, REG_SZ values named 1, 2, 3\u2026', json: 'REG_SZ value holding JSON' },
    def: 'Default', regWord: 'Registry', typeWord: 'Type', empty: '(empty)', colon: ': ', value: (k) => `value "${k}"`,
    state: 'Not configured: the default applies.',
    boolState: 'Enabled: yes. Disabled: no. Not configured: the default applies.',
    ids: 'Rule ids:',
    json: 'Type a JSON array on one line: Chromium reads a JSON string from the registry for an array or object setting. Example:',
    mandatory: 'Only mandatory policy (this \\policy key) reaches the extension; the "recommended" level is dropped.',
  },
};

export const defaultText = (s, lang) => (s.default === '' ? UI[lang].empty : compactJson(s.default));
export const typeText = (s, lang) => `${UI[lang].type[s.kind]}${s.choices ? ` (${s.choices.join(', ')})` : ''}`;
export const registryText = (s, lang) => UI[lang].reg[s.kind];

function explain(s, lang, ctx) {
  const t = UI[lang];
  const c = t.colon;
  const where = s.kind === 'list' ? `HKLM\\${policyKey(ctx.id)}\\${s.key}` : `HKLM\\${policyKey(ctx.id)}, ${t.value(s.key)}`;
  const lines = [s[lang].help, '', `${t.typeWord}${c}${typeText(s, lang)}. ${t.def}${c}${defaultText(s, lang)}.`];
  lines.push(`${t.regWord}${c}${where} (${registryText(s, lang)}).`);
  if (s.key === 'disabledRules' && ctx.ruleIds.length) lines.push('', `${t.ids} ${ctx.ruleIds.join(', ')}.`);
  if (s.kind === 'json') lines.push('', t.json, compactJson(s.example));
  lines.push('', s.kind === 'boolean' ? t.boolState : t.state, t.mandatory);
  return lines.join('\n');
}

function element(s, key) {
  if (s.kind === 'boolean') return '';
  const inner = {
    text: `<text id="${s.key}" valueName="${s.key}" maxLength="2048"/>`,
    json: `<text id="${s.key}" valueName="${s.key}" maxLength="${JSON_MAX}"/>`,
    list: `<list id="${s.key}" key="${key}\\${s.key}" valuePrefix=""/>`,
    enum: [`<enum id="${s.key}" valueName="${s.key}">`,
      ...(s.choices ?? []).map((c) => `          <item displayName="$(string.${s.key}_${c})"><value><string>${c}</string></value></item>`),
      '        </enum>'].join('\n'),
  }[s.kind];
  return `      <elements>\n        ${inner}\n      </elements>\n`;
}

export function renderAdmx(settings, ctx) {
  const key = policyKey(ctx.id);
  const [root, cat] = CATEGORY_PATH;
  const policies = settings.map((s) => {
    const bool = s.kind === 'boolean';
    return `    <policy name="${s.key}" class="Machine" displayName="$(string.${s.key})" explainText="$(string.${s.key}_Explain)" presentation="$(presentation.${s.key})" key="${key}"${bool ? ` valueName="${s.key}"` : ''}>
      <parentCategory ref="${cat}"/>
      <supportedOn ref="${SUPPORTED}"/>
${bool ? '      <enabledValue><decimal value="1"/></enabledValue>\n      <disabledValue><decimal value="0"/></disabledValue>\n' : ''}${element(s, key)}    </policy>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/admin-kit.mjs from src/managed-schema.json: do not edit by hand. -->
<!-- Extension id in the registry path: ${ctx.id}. -->
<policyDefinitions xmlns="${NS}" revision="1.0" schemaVersion="1.0">
  <policyNamespaces>
    <target prefix="sagahelper" namespace="SagaHelper.Policies.SagaHelper"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions>
      <definition name="${SUPPORTED}" displayName="$(string.${SUPPORTED})"/>
    </definitions>
  </supportedOn>
  <categories>
    <category name="${root}" displayName="$(string.${root})"/>
    <category name="${cat}" displayName="$(string.${cat})">
      <parentCategory ref="${root}"/>
    </category>
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

function presentation(s, lang) {
  const label = xmlEscape(s[lang].label);
  const body = {
    boolean: '',
    text: `<textBox refId="${s.key}"><label>${label}</label>${s.default ? `<defaultValue>${xmlEscape(s.default)}</defaultValue>` : ''}</textBox>`,
    json: `<textBox refId="${s.key}"><label>${label}</label></textBox>`,
    list: `<listBox refId="${s.key}">${label}</listBox>`,
    enum: `<dropdownList refId="${s.key}" noSort="true" defaultItem="${Math.max(0, (s.choices ?? []).indexOf(s.default))}">${label}</dropdownList>`,
  }[s.kind];
  return body ? `      <presentation id="${s.key}">\n        ${body}\n      </presentation>` : `      <presentation id="${s.key}"/>`;
}

export function renderAdml(settings, lang, ctx) {
  const t = UI[lang];
  const str = (id, text) => `      <string id="${id}">${xmlEscape(text)}</string>`;
  const strings = [
    str(CATEGORY_PATH[0], t.root), str(CATEGORY_PATH[1], t.cat), str(SUPPORTED, t.supported(ctx.minVersion)),
    ...settings.flatMap((s) => [
      str(s.key, s[lang].label),
      str(`${s.key}_Explain`, explain(s, lang, ctx)),
      ...(s.choiceLabels[lang] ?? []).map((c) => str(`${s.key}_${c.value}`, c.label)),
    ]),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/admin-kit.mjs from src/managed-schema.json: do not edit by hand. -->
<policyDefinitionResources xmlns="${NS}" revision="1.0" schemaVersion="1.0">
  <displayName>SAGA Helper</displayName>
  <description>${xmlEscape(t.desc)}</description>
  <resources>
    <stringTable>
${strings.join('\n')}
    </stringTable>
    <presentationTable>
${settings.map((s) => presentation(s, lang)).join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}
