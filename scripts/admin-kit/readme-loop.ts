// The kit README's part on unknown messages, in French and in English: how a director's report becomes an
// extra rule for the whole establishment, without a new release. The examples are made by the extension's
// own code (lib/unknown-rule.ts), so that they look exactly like what the mail carries.
import type { ExtraRule } from '../../src/lib/settings';
import { draftRule, entryLine } from '../../src/lib/unknown-rule';
import { compactJson } from './model';
import { kitPaths, link } from './paths';
import type { Targets } from './targets';

/** The entry as a report carries it, and the same once IT has written its texts. */
export const LOOP_DRAFT: ExtraRule = draftRule('plage', [
  'Votre compte est temporairement bloqué suite à plusieurs tentatives de connexion infructueuses',
]);
export const LOOP_DONE: ExtraRule = {
  ...LOOP_DRAFT,
  titleFr: 'Compte PLAGE bloqué après plusieurs essais',
  titleEn: 'PLAGE account locked after several attempts',
  stepsFr: ['Attendez 30 minutes sans réessayer.', 'Puis connectez-vous avec le mot de passe PLAGE en vigueur.'],
  stepsEn: ['Wait 30 minutes without trying again.', 'Then sign in with your current PLAGE password.'],
};

const fence = (lang: string, line: string): string[] => ['', `   \`\`\`${lang}`, `   ${line}`, '   ```', ''];

export function unknownMessagesFr(kits: readonly Targets[]): string[] {
  const files = (pick: (p: ReturnType<typeof kitPaths>) => string): string =>
    kits.map((t) => link(pick(kitPaths(t.browser)))).join(', ');
  return [
    '## 8. Un message inconnu : du signalement à la règle',
    '',
    'SAGA Helper reconnaît les écrans et messages du guide du CNG. Un message qu\u2019il ne connaît pas, un directeur le',
    'signale en deux clics, et le service informatique en fait une aide pour tout l\u2019établissement, sans nouvelle version :',
    '',
    '1. **Le directeur le signale.** Sur la page SAGA, PLAGE ou ATIH, bouton de SAGA Helper dans la barre d\u2019outils >',
    '   « Signaler un message que SAGA Helper ne reconnaît pas » (aussi quand l\u2019aide affichée ne correspond pas). Il choisit',
    '   le message parmi ceux de la page (ou le texte qu\u2019il a sélectionné), voit ce qui sera envoyé, puis ouvre le message',
    '   dans sa messagerie ou le copie.',
    '2. **Le message arrive à `reportEmail`** (le service informatique) ; sans ce paramètre, à `adminEmail` (par défaut',
    '   l\u2019administrateur CNG, `ccEmail` en copie) avec une ligne qui dit qu\u2019il s\u2019agit d\u2019un message non reconnu. Il porte',
    '   le message vu, l\u2019adresse de la page (sans ses paramètres : jamais de ticket), la date et l\u2019heure, le navigateur, le',
    '   système, la version de l\u2019extension et une entrée `extraRules` prête, sur une ligne ; rien de ce que le directeur a',
    '   saisi. « À vérifier » y signale des phrases que l\u2019extension n\u2019a pas retrouvées telles quelles sur la page.',
    ...fence('json', entryLine(LOOP_DRAFT)),
    '3. **Complétez l\u2019entrée** : `titleFr` et `stepsFr` (titre du panneau et étapes, en français), `titleEn` et `stepsEn`',
    '   (en anglais, autant d\u2019étapes ; facultatifs : supprimez-les plutôt que de laisser « To fill in »). Gardez `id`, `site`',
    '   et `phrases` : une phrase est une phrase entière du message, telle qu\u2019affichée, pas des mots-clés.',
    ...fence('json', entryLine(LOOP_DONE)),
    '4. **Essayez-la d\u2019abord** (facultatif) : page d\u2019options de SAGA Helper > « Tester une règle ». Collez l\u2019entrée (ou le',
    '   texte du message) : la page dit si elle est valide, avec les mêmes erreurs que sous stratégie, et quels onglets SAGA',
    '   ou PLAGE ouverts elle reconnaît ; elle peut l\u2019essayer sur l\u2019un d\u2019eux, pour la session du navigateur seulement, sans',
    '   toucher à la stratégie.',
    '5. **Ajoutez-la à la stratégie `extraRules`.** C\u2019est une liste : ajoutez l\u2019entrée à celles qui y sont déjà, après une',
    '   virgule, sans remplacer la liste. La liste complète, sur une ligne :',
    ...fence('json', compactJson([LOOP_DONE])),
    '   - **GPO (ADMX)** : stratégie « Messages d\u2019erreur supplémentaires » (`extraRules`) de la catégorie SAGA Helper >',
    '     **Activé**, la liste sur une ligne dans la zone de texte.',
    `   - **.reg** (${files((p) => p.settingsReg)}) : la valeur \`"extraRules"\`, chaque \`"\` du JSON écrit \`\\"\`.`,
    `   - **PowerShell, Intune script** (${files((p) => p.settingsPs1)}) : la ligne \`extraRules\`, le JSON tel quel entre`,
    "     apostrophes (une apostrophe du texte s\u2019écrit `''`).",
    '   - **Intune, ingestion ADMX** (Chrome) : la valeur `data id="extraRules"` de l\u2019OMA-URI, le JSON échappé en XML',
    '     (`&quot;`) ; voir [intune.md](intune.md).',
    `   - **Linux** (${files((p) => p.linux)}) : un objet de plus dans le tableau \`"extraRules"\`, le JSON tel quel.`,
    `   - **macOS** (${files((p) => p.mobileconfig)}) : un \`<dict>\` de plus dans le tableau \`extraRules\`, une \`<key>\` par`,
    '     champ (`phrases`, `stepsFr` et `stepsEn` en `<array>` de `<string>`), comme l\u2019exemple du profil.',
    '6. **Vérifiez** : `edge://policy` ou `chrome://policy` > **Recharger les stratégies** ; la page d\u2019options liste la règle ou',
    '   dit pourquoi elle est écartée. Sur la page du message, le panneau s\u2019affiche alors chez chaque directeur de',
    '   l\u2019établissement.',
    '',
  ];
}

export function unknownMessagesEn(): string[] {
  return [
    '### Unknown messages: from a director\u2019s report to a rule',
    '',
    '1. On a SAGA, PLAGE or ATIH page, the director clicks SAGA Helper\u2019s toolbar button > « Signaler un message que SAGA',
    '   Helper ne reconnaît pas » (report a message SAGA Helper does not recognise), picks the message, sees what will be',
    '   sent, and opens the mail or copies it.',
    '2. The mail goes to `reportEmail` (your IT); without it, to `adminEmail` (the CNG administrator by default, `ccEmail`',
    '   copied) with a line saying it is an unrecognised message. It holds the message, the page address (no query string,',
    '   never a ticket), date and time, browser, system, extension version and a ready one-line `extraRules` entry; nothing',
    '   the director typed.',
    '3. Fill in `titleFr` and `stepsFr` (and `titleEn`, `stepsEn`, or remove them); keep `id`, `site` and `phrases`.',
    '4. Optionally try it first: options page > « Tester une règle » (test a rule) checks it as policy would, lists the',
    '   open SAGA/PLAGE tabs it matches, and can try it on one of them for the browser session.',
    '5. Add it to the `extraRules` list (after a comma, keeping the other entries): the GPO text box and the `.ps1` take the',
    '   one-line JSON as is, the `.reg` with each `"` written `\\"`, Intune ADMX ingestion XML-escaped (`&quot;`); the Linux',
    '   file takes the object itself, the macOS profile a `<dict>` (see the example in each file).',
    '6. After a policy refresh, every director of the establishment gets the panel on that page, with no new release.',
    '',
  ];
}
