// The admin kit's one model: each policy key of src/managed-schema.json with its kind, texts in both
// languages, default and example value. Every renderer reads this, so no output can list a key the
// schema lacks or miss one it has. Defaults come from the extension's own settings module.
import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS, type Settings } from '../../src/lib/settings';

export type Messages = Record<string, { message: string; description?: string }>;
export type Lang = 'fr' | 'en';
export type Kind = 'text' | 'enum' | 'boolean' | 'list' | 'json';

export interface SchemaProp {
  readonly type?: string;
  readonly title?: string;
  readonly description?: string;
  readonly items?: SchemaProp;
  readonly properties?: Readonly<Record<string, SchemaProp>>;
}
export interface Schema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, SchemaProp>>;
}

export interface Setting {
  readonly key: string;
  readonly kind: Kind;
  readonly choices: readonly string[] | null;
  readonly choiceLabels: Readonly<Record<Lang, readonly { value: string; label: string }[] | null>>;
  readonly items: SchemaProp | null;
  readonly fr: { readonly label: string; readonly help: string };
  readonly en: { readonly label: string; readonly help: string };
  readonly default: unknown;
  readonly example: unknown;
}

/** Chromium's own rule for extension ids: 32 letters a to p. */
export const EXTENSION_ID = /^[a-p]{32}$/;

// The schema says "string"; settings-resolve.ts accepts only these, so GPO offers a drop-down.
export const ENUMS: Readonly<Record<string, readonly string[]>> = { locale: ['auto', 'fr', 'en'] };

// Example values for the .reg, .ps1, mobileconfig, Linux JSON and Intune pages. The test feeds
// them to resolveSettings: they must all be accepted.
export const EXAMPLES: Settings = {
  adminEmail: 'cng-saga@sante.gouv.fr',
  ccEmail: 'support-informatique@hopital.example',
  reportEmail: 'support-informatique@hopital.example',
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

// Where the options page's text describes its own control rather than the policy's value, the kit
// keeps its own wording: the page shows the rules *shown* as check boxes while the policy lists the
// ids switched *off*, and the page lists extra rules while the policy needs their fields.
const FR_POLICY_WORDING: Readonly<Record<string, readonly [string, string]>> = {
  disabledRules: [
    'Règles désactivées',
    'Identifiants des règles dont l\u2019aide ne doit pas s\u2019afficher, par exemple browser-not-recommended. Les identifiants inconnus sont ignorés et signalés sur la page d\u2019options.',
  ],
  extraRules: [
    'Messages d\u2019erreur supplémentaires',
    'Messages d\u2019erreur relevés par le service informatique, affichés comme les règles intégrées : chacun avec un identifiant, un site (saga, plage ou hotline), les phrases à reconnaître (toutes dans un même encadré), un titre et des étapes en français, et en option en anglais.',
  ],
};

const message = (messages: Messages, name: string): string | null => {
  const text = messages[name]?.message;
  return typeof text === 'string' && text.trim() ? text : null;
};

function kindOf(key: string, prop: SchemaProp): Kind {
  if (prop.type === 'string') return ENUMS[key] ? 'enum' : 'text';
  if (prop.type === 'boolean') return 'boolean';
  if (prop.type === 'array' && prop.items?.type === 'string') return 'list';
  if (prop.type === 'array' || prop.type === 'object') return 'json';
  throw new Error(`admin kit: no policy form for "${key}" (type ${prop.type}); add one in scripts/admin-kit/`);
}

function frText(fr: Messages, key: string, part: 'label' | 'help'): string {
  const text = FR_POLICY_WORDING[key]?.[part === 'label' ? 0 : 1] ?? message(fr, `setting_${key}_${part}`);
  if (text) return text;
  throw new Error(
    `admin kit: no French ${part} for "${key}": add setting_${key}_${part} to src/_locales/fr/messages.json`,
  );
}

/** A choice as shown in a drop-down: the options page's name for it when there is one, then the value. */
function choices(key: string, messages: Messages): { value: string; label: string }[] | null {
  return (
    ENUMS[key]?.map((value) => {
      const name = message(messages, `options_${key}_${value}`);
      return { value, label: name ? `${name} (${value})` : value };
    }) ?? null
  );
}

/** The settings in schema order, ready to render. */
export function buildSettings(schema: Schema, fr: Messages, en: Messages): Setting[] {
  const defaults: Readonly<Record<string, unknown>> = { ...DEFAULT_SETTINGS };
  const examples: Readonly<Record<string, unknown>> = { ...EXAMPLES };
  return Object.entries(schema.properties).map(([key, prop]) => {
    if (!(key in defaults)) throw new Error(`admin kit: "${key}" is in the schema but not in DEFAULT_SETTINGS`);
    return {
      key,
      kind: kindOf(key, prop),
      choices: ENUMS[key] ?? null,
      choiceLabels: { fr: choices(key, fr), en: choices(key, en) },
      items: prop.items ?? null,
      en: { label: prop.title ?? key, help: prop.description ?? '' },
      fr: { label: frText(fr, key, 'label'), help: frText(fr, key, 'help') },
      default: defaults[key],
      example: examples[key],
    };
  });
}

/** A stable UUID for a profile payload: the same name and id always give the same bytes. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(`saga-helper:${name}`).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

export const xmlEscape = (s: unknown): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A value as one line of JSON, as the registry, the GPO text boxes and Intune want it. */
export const compactJson = (v: unknown): string => JSON.stringify(v);

/** Pretty JSON with a final newline, for files a person reads. */
export const prettyJson = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
