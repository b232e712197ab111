// The admin kit's one model: each policy key of src/managed-schema.json with its kind, texts in both
// languages, default and example value. Every renderer reads this, so no output can list a key the
// schema lacks or miss one it has.
import { createHash } from 'node:crypto';

export const STORE_ID = 'STORE_EXTENSION_ID';
export const SELF_HOSTED_ID = 'SELF_HOSTED_EXTENSION_ID';
export const STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const SELF_HOSTED_UPDATE_URL = 'https://intranet.example/saga-helper/update.xml';
/** Chromium's own rule for extension ids: 32 letters a to p. */
export const EXTENSION_ID = /^[a-p]{32}$/;

// Mirrors DEFAULT_SETTINGS of src/lib/settings.ts (a TypeScript file Node cannot import here);
// test/unit/admin-kit.test.ts fails when the two differ.
export const DEFAULTS = {
  adminEmail: 'cng-saga@sante.gouv.fr',
  ccEmail: '',
  hotlineUrl: 'https://assistance.atih.sante.fr/',
  disabledRules: [],
  extraRules: [],
  showBrowserAdvice: true,
  locale: 'auto',
};

// The schema says "string"; settings-resolve.ts accepts only these, so GPO offers a drop-down.
export const ENUMS = { locale: ['auto', 'fr', 'en'] };

// Example values for the .reg, .ps1, mobileconfig, Linux JSON and Intune pages. The test feeds
// them to resolveSettings: they must all be accepted.
export const EXAMPLES = {
  adminEmail: 'cng-saga@sante.gouv.fr',
  ccEmail: 'support-informatique@hopital.example',
  hotlineUrl: 'https://assistance.atih.sante.fr/',
  disabledRules: ['browser-not-recommended'],
  extraRules: [
    {
      id: 'saga-maintenance',
      site: 'saga',
      phrases: ['maintenance en cours'],
      titleFr: 'SAGA Directeurs est en maintenance',
      titleEn: 'SAGA Directeurs is under maintenance',
      stepsFr: ['Réessayez dans une heure.', 'Si le message reste affiché demain, contactez le support informatique.'],
      stepsEn: ['Try again in an hour.', 'If the message is still there tomorrow, contact the IT helpdesk.'],
    },
  ],
  showBrowserAdvice: false,
  locale: 'auto',
};

// French texts used until src/_locales/fr/messages.json has setting_<key>_label / _help; the
// locale's texts win as soon as they exist, so the options page and GPO say the same thing.
const FR_FALLBACK = {
  adminEmail: ['Adresse de l\u2019administrateur', 'Destinataire du courriel prérempli sur un problème de connexion à SAGA Directeurs. Par défaut : cng-saga@sante.gouv.fr (l\u2019adresse du CNG pour les problèmes de connexion à SAGA).'],
  ccEmail: ['Copie à (informatique de l\u2019établissement)', 'Adresse mise en copie de ce courriel, par exemple le support informatique de l\u2019établissement. Vide : pas de copie.'],
  hotlineUrl: ['Adresse de la hotline', 'Adresse https que les panneaux et le popup donnent pour l\u2019aide sur PLAGE. Par défaut : https://assistance.atih.sante.fr/ (assistance de l\u2019ATIH).'],
  showBrowserAdvice: ['Recommander Microsoft Edge', 'Si les panneaux recommandent Microsoft Edge, comme le guide du CNG, quand un autre navigateur est utilisé. Par défaut : oui.'],
  locale: ['Langue', 'auto (la langue du navigateur), fr ou en. Par défaut : auto.'],
};

// Where the options page's text describes its own control rather than the policy's value, the kit
// keeps its own wording: the page shows the rules *shown* as check boxes while the policy lists the
// ids switched *off*, and the page lists extra rules while the policy needs their fields.
const FR_POLICY_WORDING = {
  disabledRules: ['Règles désactivées', 'Identifiants des règles dont l\u2019aide ne doit pas s\u2019afficher, par exemple browser-not-recommended. Les identifiants inconnus sont ignorés et signalés sur la page d\u2019options.'],
  extraRules: ['Messages d\u2019erreur supplémentaires', 'Messages d\u2019erreur relevés par le service informatique, affichés comme les règles intégrées : chacun avec un identifiant, un site (saga, plage ou hotline), les phrases à reconnaître (toutes dans un même encadré), un titre et des étapes en français, et en option en anglais.'],
};

const message = (messages, name) => {
  const text = messages?.[name]?.message;
  return typeof text === 'string' && text.trim() ? text : null;
};

function kindOf(key, prop) {
  if (prop.type === 'string') return ENUMS[key] ? 'enum' : 'text';
  if (prop.type === 'boolean') return 'boolean';
  if (prop.type === 'array' && prop.items?.type === 'string') return 'list';
  if (prop.type === 'array' || prop.type === 'object') return 'json';
  throw new Error(`admin kit: no policy form for "${key}" (type ${prop.type}); add one in scripts/admin-kit/`);
}

function frText(fr, key, part) {
  const i = part === 'label' ? 0 : 1;
  const text = FR_POLICY_WORDING[key]?.[i] ?? message(fr, `setting_${key}_${part}`) ?? FR_FALLBACK[key]?.[i];
  if (text) return text;
  throw new Error(`admin kit: no French ${part} for "${key}": add setting_${key}_${part} to src/_locales/fr/messages.json`);
}

/** A choice as shown in a drop-down: the options page's name for it when there is one, then the value. */
function choices(key, messages) {
  return ENUMS[key]?.map((value) => {
    const name = message(messages, `options_${key}_${value}`);
    return { value, label: name ? `${name} (${value})` : value };
  }) ?? null;
}

/** The settings in schema order, ready to render. */
export function buildSettings(schema, fr, en) {
  return Object.entries(schema.properties).map(([key, prop]) => {
    for (const [name, table] of [['default', DEFAULTS], ['example', EXAMPLES]]) {
      if (!(key in table)) throw new Error(`admin kit: no ${name} value for "${key}" in scripts/admin-kit/model.mjs`);
    }
    return {
      key,
      kind: kindOf(key, prop),
      choices: ENUMS[key] ?? null,
      choiceLabels: { fr: choices(key, fr), en: choices(key, en) },
      items: prop.items ?? null,
      en: { label: prop.title ?? key, help: prop.description ?? '' },
      fr: { label: frText(fr, key, 'label'), help: frText(fr, key, 'help') },
      default: DEFAULTS[key],
      example: EXAMPLES[key],
    };
  });
}

/**
 * Who the kit is for. The default kit shows both ways with placeholders; a kit made with --id holds
 * that one id and its update URL only, so nothing is left to replace.
 */
export function buildTargets(id, updateUrl) {
  if (!id) {
    return {
      primary: { id: STORE_ID, updateUrl: STORE_UPDATE_URL },
      linux: { id: SELF_HOSTED_ID, updateUrl: SELF_HOSTED_UPDATE_URL },
      install: [
        { id: STORE_ID, updateUrl: STORE_UPDATE_URL, source: 'store' },
        { id: SELF_HOSTED_ID, updateUrl: SELF_HOSTED_UPDATE_URL, source: 'self-hosted' },
      ],
      placeholders: true,
    };
  }
  if (!EXTENSION_ID.test(id)) throw new Error(`--id ${id}: an extension id is 32 letters a to p`);
  const target = { id, updateUrl: updateUrl ?? STORE_UPDATE_URL };
  const source = target.updateUrl === STORE_UPDATE_URL ? 'store' : 'self-hosted';
  return { primary: target, linux: target, install: [{ ...target, source }], placeholders: false };
}

export const policyKey = (id) => `Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`;

/** A stable UUID for a profile payload: the same name and id always give the same bytes. */
export function stableUuid(name) {
  const h = createHash('sha256').update(`saga-helper:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

export const xmlEscape = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A value as one line of JSON, as the registry and Intune want it. */
export const compactJson = (v) => JSON.stringify(v);
