// The words of the ADMX/ADML pairs and of the kit READMEs' settings tables, in both languages. Each
// browser's own notes (how its registry reader takes a JSON value, which level reaches the extension)
// come with its ADMX target (admx.ts, firefox.ts).
import { compactJson, type Lang, type Setting } from './model';

export const UI = {
  fr: {
    cat: (name: string) => `SAGA Helper (${name})`,
    supported: (name: string, v: string) => `${name} ${v} ou ultérieur, avec l\u2019extension SAGA Helper installée`,
    desc: (name: string) => `Paramètres de l\u2019extension SAGA Helper pour ${name} (clé 3rdparty).`,
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
  },
  en: {
    cat: (name: string) => `SAGA Helper (${name})`,
    supported: (name: string, v: string) => `${name} ${v} or later, with the SAGA Helper extension installed`,
    desc: (name: string) => `Settings of the SAGA Helper extension for ${name} (3rdparty key).`,
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
  },
} as const;

/** What a browser's ADMX says of its own registry reader, after each JSON example and each policy. */
export interface AdmxNotes {
  readonly json: string;
  readonly level: string;
}

export const CHROMIUM_NOTES: Readonly<Record<Lang, AdmxNotes>> = {
  fr: {
    json: 'Saisir un tableau JSON sur une seule ligne : Chromium lit une chaîne JSON dans le registre pour un paramètre de type tableau ou objet. Exemple :',
    level:
      'Seules les stratégies obligatoires (cette clé \\policy) arrivent à l\u2019extension ; le niveau « recommandé » est ignoré.',
  },
  en: {
    json: 'Type a JSON array on one line: Chromium reads a JSON string from the registry for an array or object setting. Example:',
    level: 'Only mandatory policy (this \\policy key) reaches the extension; the "recommended" level is dropped.',
  },
};

export const defaultText = (s: Setting, lang: Lang): string =>
  s.default === '' ? UI[lang].empty : compactJson(s.default);
export const typeText = (s: Setting, lang: Lang): string =>
  `${UI[lang].type[s.kind]}${s.choices ? ` (${s.choices.join(', ')})` : ''}`;
export const registryText = (s: Setting, lang: Lang): string => UI[lang].reg[s.kind];
