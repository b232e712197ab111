// firefox/README.md: the page for IT on Firefox (ESR), in French, then an English summary
// (firefox-readme-en.ts). Every value it shows is the one the kit's files hold.
import { FIREFOX_ID } from '../../src/lib/firefox-id';
import { MAX_JSON_TEXT } from '../../src/lib/settings-forms';
import { DEBIAN_PREFERENCES, firefoxInstallEntry } from './firefox-files';
import {
  DEBIAN_XPI_URL,
  FIREFOX_ADMX,
  FIREFOX_MIN,
  FIREFOX_PATHS as P,
  FIREFOX_SETTINGS_KEY,
  SIGN_COMMAND,
  UNSIGNED_MARK,
  XPI_URL,
} from './firefox';
import { encodingTable, firefoxEnglish, fromFirefoxReadme as here } from './firefox-readme-en';
import { compactJson, type Setting } from './model';
import { ADML_FOLDER } from './paths';

// Links from firefox/README.md itself: its files are beside it.
const link = (path: string): string => `[${here(path)}](${here(path)})`;
const fence = (lang: string, lines: readonly string[]): string[] => ['```' + lang, ...lines, '```'];

function install(): string[] {
  const before = { '*': { installation_mode: 'blocked' } };
  const after = { ...before, ...firefoxInstallEntry(XPI_URL) };
  return [
    '## 2. Installer d\u2019office : `ExtensionSettings`',
    '',
    `Exemple : ${link(P.installJson)}. L\u2019entrée de SAGA Helper, à ajouter **dans** l\u2019objet \`ExtensionSettings\` existant :`,
    '',
    ...fence('json', [compactJson(firefoxInstallEntry(XPI_URL)).slice(1, -1)]),
    '',
    'Par exemple, une valeur qui bloque tout le reste devient :',
    '',
    ...fence('text', [`avant : ${compactJson(before)}`, `après : ${compactJson(after)}`]),
    '',
    '- **Où va policies.json** : Linux, `/etc/firefox/policies/policies.json` ; Windows et macOS, le dossier `distribution` du',
    '  dossier d\u2019installation (`C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json`,',
    '  `Firefox.app/Contents/Resources/distribution/policies.json`). Sous Windows, les modèles ADMX de Mozilla fixent aussi',
    '  `ExtensionSettings` par GPO (Extensions > Extension Management, le JSON sur une ligne) : même règle, ajoutez l\u2019entrée',
    '  à la valeur existante.',
    '- `install_url` : l\u2019adresse du XPI **signé** (§ 1) sur un serveur de l\u2019établissement ; remplacez `<version>` par le',
    '  numéro du fichier. Pour mettre à jour, déposez la nouvelle version sous son nouveau nom et changez `install_url` :',
    '  Firefox installe le fichier d\u2019une adresse nouvelle. `default_area` garde le bouton dans la barre d\u2019outils.',
    '',
  ];
}

function debian(): string[] {
  return [
    '## 3. Debian firefox-esr seulement : XPI non signé',
    '',
    `> **${UNSIGNED_MARK}**`,
    '> Le paquet `firefox-esr` de Debian laisse une stratégie désactiver la vérification des signatures (vérifié) ; Mozilla',
    '> documente le même réglage pour ses propres versions ESR (non vérifié ici) ; les versions « release » de Firefox',
    '> (mozilla.org, la plupart des postes) l\u2019ignorent et refusent le XPI non signé.',
    '',
    `${link(P.debianJson)} : copiez le XPI de \`npm run package\` dans \`${DEBIAN_XPI_URL.replace('file://', '').replace(/\/[^/]+$/, '/')}\` et`,
    `\`install_url\` vaut \`${DEBIAN_XPI_URL}\`. \`Preferences\` verrouille :`,
    '',
    ...fence('json', [compactJson(DEBIAN_PREFERENCES)]),
    '',
    'Cette préférence vaut pour **toutes** les extensions du poste : préférez le XPI signé (§ 1) dès que possible.',
    '',
  ];
}

function configure(settings: readonly Setting[]): string[] {
  return [
    '## 4. Paramétrer l\u2019extension',
    '',
    `- **policies.json** (${link(P.settingsJson)}) : \`3rdparty\` > \`Extensions\` > \`${FIREFOX_ID}\`, chaque valeur dans son`,
    '  type JSON (tableaux, `true`/`false`). Si `3rdparty` existe, ajoutez-y l\u2019entrée de SAGA Helper à côté des autres.',
    `- **Registre Windows** : \`HKLM\\${FIREFOX_SETTINGS_KEY}\`. ${link(P.settingsReg)} (\`reg import\`), jumeau de retrait`,
    `  ${link(P.settingsRemoveReg)} ; ou la GPO : copiez ${link(P.admx)} dans \`PolicyDefinitions\`, ses \`.adml\` dans`,
    `  \`${ADML_FOLDER.fr}\` et \`${ADML_FOLDER.en}\`, puis Modèles d\u2019administration > SAGA Helper (Mozilla Firefox), catégorie`,
    `  \`${FIREFOX_ADMX.admxName}\`, à côté des kits Edge et Chrome. Les modèles de Mozilla ne couvrent pas les paramètres d\u2019une`,
    '  extension ; Mozilla laisse ce modèle à l\u2019extension.',
    '- **Une seule voie par stratégie** : Firefox prend chaque stratégie du registre ou de policies.json, jamais des deux ;',
    '  `3rdparty` fixé dans le registre remplace en entier celui de policies.json. Si policies.json fixe déjà `3rdparty` pour',
    '  d\u2019autres extensions, ajoutez-y SAGA Helper plutôt que d\u2019importer le `.reg`.',
    '',
    'Firefox n\u2019applique pas le schéma de l\u2019extension et transmet les valeurs du registre telles quelles (REG_SZ en texte,',
    'REG_DWORD en nombre). Le kit écrit donc :',
    '',
    ...encodingTable(settings, 'fr'),
    '',
    'Firefox lit aussi une sous-clé de valeurs nommées 1, 2, 3\u2026 comme une liste (forme des modèles de Mozilla) ; le kit',
    'écrit le JSON, une seule valeur par paramètre. Les clés et leur sens : [../README.md](../README.md), § 7.',
    '',
  ];
}

export function renderFirefoxReadme(settings: readonly Setting[]): string {
  const lines = [
    '# SAGA Helper dans Mozilla Firefox (ESR)',
    '',
    '> Généré par `scripts/admin-kit.ts` : ne pas modifier à la main. Edge et Chrome : [../README.md](../README.md).',
    '',
    `Pour Firefox ${FIREFOX_MIN} ou ultérieur, ESR compris. L\u2019identifiant de SAGA Helper dans Firefox est \`${FIREFOX_ID}\`, le`,
    'même pour toute installation signée par le projet : les fichiers le portent déjà, il ne reste à adapter que l\u2019adresse',
    'du XPI et les valeurs d\u2019exemple. Un établissement qui signe sa propre version sous un autre identifiant (README du',
    'projet, « Firefox ESR ») remplace cet identifiant par le sien dans chaque fichier. *English summary at the end.*',
    '',
    '| Fichiers | Usage |',
    '|---|---|',
    `| ${link(P.installJson)} | **exemple** d\u2019installation d\u2019office (XPI signé), à fusionner (§ 2) |`,
    `| ${link(P.debianJson)} | **exemple** Debian firefox-esr seulement : XPI non signé (§ 3) |`,
    `| ${link(P.settingsJson)} | **exemple** de paramètres dans policies.json (§ 4) |`,
    `| ${link(P.settingsReg)} ; retrait : ${link(P.settingsRemoveReg)} | les paramètres par le registre (§ 4) |`,
    `| ${link(P.admx)}, \`${ADML_FOLDER.fr}\` et \`${ADML_FOLDER.en}\` | modèle d\u2019administration (GPO) des paramètres (§ 4) |`,
    '',
    '> **À lire avant tout.** Firefox lit **un seul** policies.json, et `ExtensionSettings` est **une seule valeur pour toutes',
    '> les extensions** : ajoutez l\u2019entrée de SAGA Helper au fichier (ou à la GPO) qui fixe **déjà** ces stratégies ;',
    '> **n\u2019en créez jamais un second**, il remplacerait celui de l\u2019établissement et Firefox retirerait ses autres extensions.',
    '> Les fichiers `*.example.json` sont des exemples à fusionner, pas des fichiers à déposer. Vérifiez ensuite dans',
    '> `about:policies` que toutes les extensions de l\u2019établissement y figurent encore.',
    '',
    '## 1. Signer l\u2019extension',
    '',
    'Les versions de Firefox de Mozilla (mozilla.org, Windows, macOS, la plupart des paquets Linux) n\u2019installent qu\u2019une',
    'extension signée par Mozilla. `npm run package` écrit `release/saga-helper-<version>.xpi`, **non signé**. Faites-le signer',
    'sur addons.mozilla.org (AMO) en distribution **non listée** (« unlisted ») : l\u2019extension n\u2019est pas publiée dans le',
    'catalogue, Mozilla la signe, l\u2019établissement héberge le fichier. Avec les clés d\u2019API du compte AMO (Developer Hub >',
    'Tools > Manage API Keys) :',
    '',
    ...fence('sh', [
      'git archive --format=zip -o saga-helper-source.zip HEAD   # le code est assemblé : AMO demande la source',
      SIGN_COMMAND,
    ]),
    '',
    'ou déposez le XPI dans le Developer Hub (« On your own »). Le XPI signé garde l\u2019identifiant : ces fichiers restent',
    'valables. Détails (source, numéro de version, propriétaire de l\u2019identifiant) : README du projet, « Firefox ESR ».',
    '',
    ...install(),
    ...debian(),
    ...configure(settings),
    '## 5. Vérifier',
    '',
    '1. Firefox lit ses stratégies au démarrage : redémarrez-le, puis ouvrez `about:policies`. La liste des stratégies actives',
    '   montre `ExtensionSettings` et `3rdparty` ; celle des erreurs dit ce que Firefox a refusé.',
    '2. `about:addons` : SAGA Helper est installé, sans bouton pour le retirer.',
    '3. La page d\u2019options de SAGA Helper affiche « Géré par votre établissement » pour chaque paramètre fixé, et signale une',
    `   valeur illisible : un JSON mal formé ou plus long que ${MAX_JSON_TEXT} caractères, un oui/non qui n\u2019est ni \`true\`/\`false\`,`,
    '   ni 0/1, ni « 0 », « 1 », « true », « false ». Cette valeur est ignorée seule : le reste s\u2019applique.',
    '',
    '---',
    '',
    ...firefoxEnglish(settings),
  ];
  return `${lines.join('\n')}\n`;
}
