// README.md of the kit: the page for IT, in French, then an English summary (readme-en.ts).
import { extensionPolicyKey } from './browsers';
import { FIREFOX_PATHS } from './firefox';
import type { Setting } from './model';
import { ADML_FOLDER, kitPaths, link } from './paths';
import { englishSummary, itemFieldsTable, settingsTable } from './readme-en';
import { installSection } from './readme-install';
import { unknownMessagesFr } from './readme-loop';
import { SELF_HOSTED_ID, SELF_HOSTED_UPDATE_URL, type Targets } from './targets';

function fileTable(kits: readonly Targets[]): string[] {
  return kits.flatMap((t) => {
    const p = kitPaths(t.browser);
    const n = t.browser.name;
    return [
      `| ${n} | ${link(p.admx)}, \`${ADML_FOLDER.fr}\` et \`${ADML_FOLDER.en}\` | modèle d\u2019administration (GPO) des paramètres de l\u2019extension |`,
      `| ${n} | ${link(p.settingsReg)}, ${link(p.settingsPs1)} ; retrait : ${link(p.settingsRemoveReg)}, ${link(p.settingsRemovePs1)} | les mêmes paramètres par le registre ou par script (Intune) |`,
      `| ${n} | ${link(p.mobileconfig)}, ${link(p.linux)} | les paramètres seuls, pour macOS (MDM) et Linux |`,
      `| ${n} | \`${t.browser.id}/install-examples/\` | **exemples** de lignes à ajouter aux stratégies d\u2019installation existantes (§ 2) |`,
    ];
  });
}

function sources(kits: readonly Targets[]): string[] {
  const first = kits[0];
  if (first && !first.placeholders) {
    return [
      `Ce kit est fait pour l\u2019extension \`${first.primary.id}\`, installée depuis \`${first.primary.updateUrl}\`.`,
    ];
  }
  return [
    'Les paramètres visent un identifiant d\u2019extension précis (32 lettres de a à p) : choisissez d\u2019abord la source.',
    '',
    ...kits.map(
      (t) =>
        `- **${t.browser.storeName}** (\`${t.browser.storeUpdateUrl}\`) : pas de serveur, mises à jour automatiques. L\u2019identifiant de SAGA Helper y est propre à la boutique et pas encore connu : les fichiers l\u2019écrivent \`${t.browser.storeIdPlaceholder}\`.`,
    ),
    '- **Hébergée par l\u2019établissement** : `npm run package -- --key CLE.pem --base-url https://<serveur>/saga-helper/` écrit',
    '  dans `release/` le CRX signé de votre clé et son update.xml, et affiche l\u2019identifiant, le même dans Edge et dans Chrome.',
    `  Les fichiers l\u2019écrivent \`${SELF_HOSTED_ID}\`, avec l\u2019adresse d\u2019exemple \`${SELF_HOSTED_UPDATE_URL}\`.`,
    '',
    'Produisez ensuite le kit de votre identifiant (même contenu, sans aucun nom à remplacer) :',
    '',
    '```sh',
    'npm run admin-kit -- --id <identifiant> --update-url https://<serveur>/saga-helper/update.xml --out kit-saga-helper',
    'npm run admin-kit -- --id <identifiant-boutique> --browser edge --out kit-saga-helper-edge',
    '```',
    '',
    'La première ligne vaut pour un hébergement interne (les deux navigateurs), la seconde pour une boutique (un navigateur :',
    '`edge` ou `chrome`). L\u2019identifiant fait partie du chemin de registre, qu\u2019un fichier ADMX ne peut pas faire varier.',
  ];
}

// Firefox's kit has its own page; the Chromium page only points to it, so that Edge and Chrome read as before.
const FIREFOX_ROW = `| Mozilla Firefox | ${link(FIREFOX_PATHS.readme)} | tout le kit Firefox (ESR) : policies.json, registre, ADMX, signature |`;

export function renderReadme(
  settings: readonly Setting[],
  kits: readonly Targets[],
  ruleIds: readonly string[],
  firefox = false,
): string {
  const lines = [
    '# Kit d\u2019administration SAGA Helper',
    '',
    '> Généré par `scripts/admin-kit.ts` à partir de `src/managed-schema.json` : ne pas modifier à la main.',
    '> `npm run admin-kit` le régénère, `npm run admin-kit -- --check` vérifie qu\u2019il est à jour.',
    '',
    `Pour les services informatiques : installer SAGA Helper d\u2019office dans ${kits.map((t) => t.browser.name).join(' ou ')} et fixer ses`,
    'paramètres par stratégie, sans toucher aux autres extensions de l\u2019établissement. *English summary at the end.*',
    '',
    '| Navigateur | Fichiers | Usage |',
    '|---|---|---|',
    ...fileTable(kits),
    ...(firefox ? [FIREFOX_ROW] : []),
    '| tous | [intune.md](intune.md) | Microsoft Intune |',
    '',
    '## 1. Choisir d\u2019où vient l\u2019extension',
    '',
    ...sources(kits),
    '',
    ...installSection(kits),
    '## 3. Paramétrer l\u2019extension',
    '',
    '1. Copiez le fichier `.admx` du navigateur dans `PolicyDefinitions` (magasin central), et ses `.adml` dans',
    '   `PolicyDefinitions\\fr-FR` et `PolicyDefinitions\\en-US`. Les kits Edge et Chrome ont chacun leur espace de noms,',
    '   leur catégorie et leurs noms de stratégie : ils peuvent être installés ensemble.',
    '2. Dans la GPO : Configuration ordinateur > Stratégies > Modèles d\u2019administration > SAGA Helper (navigateur). Une',
    '   stratégie par paramètre (tableau ci-dessous) ; **Activé** fixe la valeur saisie, **Non configuré** laisse la valeur',
    '   par défaut ; pour un oui/non, **Désactivé** vaut non.',
    '3. Les stratégies s\u2019écrivent sous la clé de SAGA Helper et nulle part ailleurs :',
    '',
    ...kits.map((t) => `   - ${t.browser.name} : \`HKLM\\${extensionPolicyKey(t.browser, t.primary.id)}\``),
    '',
    '4. Sans GPO : le `.reg` (`reg import`) ou le `.ps1` du navigateur, après avoir adapté les valeurs d\u2019exemple ; leurs',
    '   jumeaux `-remove` retirent ces paramètres. macOS : le profil `.mobileconfig` (paramètres seuls). Linux : le fichier',
    '   `saga-helper-settings.json` dans le dossier `policies/managed/` du navigateur ; il ne porte que `3rdparty`, que',
    '   Chromium fusionne extension par extension et clé par clé avec les autres fichiers : il ne remplace rien.',
    '',
    '`extraRules` se saisit en JSON sur une seule ligne : Chromium accepte une chaîne JSON dans le registre pour un paramètre',
    'de type tableau ou objet (la zone multiligne des GPO écrirait un REG_MULTI_SZ, que Chromium ne lit pas).',
    '',
    '## 4. Vérifier',
    '',
    '1. Sur un poste : `gpupdate /force`, puis `edge://policy` ou `chrome://policy` > **Recharger les stratégies**. Les',
    '   paramètres de l\u2019extension ont leur propre section, avec l\u2019état « OK ».',
    '2. La page d\u2019options de SAGA Helper affiche « Géré par votre établissement » pour chaque paramètre fixé par stratégie ;',
    '   l\u2019utilisateur ne peut pas le changer.',
    '',
    '## 5. Valeurs incorrectes',
    '',
    'Une valeur incorrecte est ignorée seule : les autres s\u2019appliquent et la page d\u2019options la signale avec la raison. Un',
    'identifiant de règle inconnu dans `disabledRules` est écarté, les autres restent ; une règle de `extraRules` mal formée',
    'est écartée, les autres s\u2019affichent ; une adresse invalide laisse la valeur par défaut. Types : pour un oui/non, le',
    'navigateur prend un REG_DWORD (0 ou 1) et convertit aussi un REG_SZ qui contient un nombre (« 0 », « 1 ») ; tout autre',
    'texte est écarté par le navigateur, qui compare la valeur au schéma de l\u2019extension. Si une valeur du mauvais type arrive',
    'quand même, l\u2019extension l\u2019ignore et la signale.',
    '',
    '## 6. Obligatoire ou recommandé',
    '',
    'Seules les stratégies **obligatoires** arrivent à l\u2019extension ; le niveau « recommandé » est ignoré. Windows : la clé',
    '`…\\policy` (pas `…\\recommended`), la seule qu\u2019écrivent les ADMX. macOS : les valeurs d\u2019un profil sont imposées ; un',
    'simple `defaults write` ne l\u2019est pas. Linux : `policies/managed/`, pas `policies/recommended/`. Ce que la stratégie ne',
    'fixe pas, l\u2019utilisateur peut le choisir sur la page d\u2019options (sauf `extraRules`).',
    '',
    '## 7. Les paramètres',
    '',
    ...settingsTable(settings, 'fr'),
    '',
    `Identifiants des règles (pour \`disabledRules\`) : ${ruleIds.map((r) => `\`${r}\``).join(', ')}.`,
    '',
    ...itemFieldsTable(settings, 'fr'),
    ...unknownMessagesFr(kits),
    '---',
    '',
    ...englishSummary(settings, kits, firefox),
  ];
  return `${lines.join('\n')}\n`;
}
