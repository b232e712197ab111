// intune.md: Intune guidance. The OMA-URIs and their payloads are generated from the same model as
// the ADMX, so a policy renamed there cannot leave a stale URI here.
import { compactJson, policyKey, xmlEscape } from './model.mjs';
import { CATEGORY_PATH } from './windows.mjs';

const APP = 'SagaHelper';
const INSTALL_URI = `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${APP}/Policy/SagaHelperAdmx`;
const AREA = `${APP}~Policy~${CATEGORY_PATH.join('~')}`;
// An ADMX list travels as name/value pairs, all joined with U+F000: Microsoft's own example for
// Chrome's ExtensionInstallForcelist is value="1&#xF000;<id>;<url>".
const LIST_SEPARATOR = '&#xF000;';

function payload(s) {
  if (s.kind === 'boolean') return s.example ? '<enabled/>' : '<disabled/>';
  const value = {
    list: () => s.example.map((v, i) => `${i + 1}${LIST_SEPARATOR}${xmlEscape(v)}`).join(LIST_SEPARATOR),
    json: () => xmlEscape(compactJson(s.example)),
  }[s.kind]?.() ?? xmlEscape(s.example);
  return `<enabled/><data id="${s.key}" value="${value}"/>`;
}

const block = (text) => ['```text', text, '```'];

export function renderIntune(settings, targets) {
  const key = policyKey(targets.primary.id);
  const lines = [
    '# SAGA Helper avec Microsoft Intune',
    '',
    '> Généré par `scripts/admin-kit.mjs` : ne pas modifier à la main. Voir aussi [README.md](README.md).',
    '',
    '## 1. Installer l\u2019extension d\u2019office',
    '',
    'Appareils > Configuration > Créer > Windows 10 et versions ultérieures > **Catalogue des paramètres** (Settings catalog) >',
    'Microsoft Edge > Extensions > **Control which extensions are installed silently** (`ExtensionInstallForcelist`) : activer,',
    'puis ajouter une seule de ces lignes :',
    '',
    ...targets.install.flatMap((t) => [`- ${t.source === 'store' ? 'boutique Edge Add-ons' : 'serveur de l\u2019établissement'} :`, '', ...block(`${t.id};${t.updateUrl}`).map((l) => `  ${l}`), '']),
    'Un poste inscrit dans Intune est géré par MDM : Edge y accepte aussi une extension hébergée par l\u2019établissement.',
    'Le même catalogue propose **Configure extension management settings** (`ExtensionSettings`), qui prend le contenu',
    'de [edge/ExtensionSettings.json](edge/ExtensionSettings.json) et garde en plus le bouton de l\u2019extension dans la barre d\u2019outils.',
    '',
    '## 2. Paramétrer l\u2019extension',
    '',
    `Edge lit les paramètres d\u2019une extension sous \`HKLM\\${key}\`.`,
    '',
    '### A. Script PowerShell (recommandé)',
    '',
    'Appareils > Scripts et corrections > **Scripts de plateforme** > Ajouter > Windows 10 et versions ultérieures, fichier',
    '[windows/saga-helper-policy.ps1](windows/saga-helper-policy.ps1) :',
    '',
    '- Exécuter ce script avec les informations d\u2019identification de l\u2019utilisateur connecté : **Non** (il écrit dans HKLM) ;',
    '- Appliquer la vérification de la signature du script : **Non** (ou signez-le) ;',
    '- Exécuter le script dans l\u2019hôte PowerShell 64 bits : **Oui** (le script se relance de lui-même en 64 bits sinon).',
    '',
    'Il écrit les valeurs d\u2019exemple de [windows/saga-helper-policy.reg](windows/saga-helper-policy.reg) : modifiez-les avant de le',
    'déposer. Intune l\u2019exécute une fois par poste, et de nouveau quand son contenu change.',
    '',
    '### B. Ingestion de l\u2019ADMX par OMA-URI personnalisé (non vérifié, probablement refusé)',
    '',
    '> **Attention.** La documentation Microsoft de l\u2019ingestion ADMX (« Win32 and Desktop Bridge app ADMX policy Ingestion »)',
    '> interdit aux modèles ingérés d\u2019écrire sous `Software\\Policies\\Microsoft`, sauf dans une liste d\u2019exceptions où figure',
    '> `Software\\Microsoft\\Edge` mais **pas** `Software\\Policies\\Microsoft\\Edge`, la clé que lit Edge. Attendez-vous à un',
    '> refus (erreur dans l\u2019état du profil ; journal *Microsoft > Windows > DeviceManagement-Enterprise-Diagnostics-Provider >',
    '> Admin*). Nous n\u2019avons pas pu l\u2019essayer sur un locataire Intune. L\u2019import de modèles ADMX personnalisés dans Intune',
    '> (Modèles d\u2019administration importés) passe par le même mécanisme de Windows : même réserve.',
    '',
    'Profil : Appareils > Configuration > Créer > Windows 10 et versions ultérieures > Modèles > **Personnalisé**, une ligne OMA-URI',
    'par réglage, type de données **Chaîne** (String) :',
    '',
    '1. le modèle lui-même, valeur = tout le contenu de [windows/saga-helper.admx](windows/saga-helper.admx) :',
    '',
    ...block(INSTALL_URI).map((l) => `   ${l}`),
    '',
    `2. puis un réglage par paramètre (chemin : \`${AREA}\`, d\u2019après les catégories de l\u2019ADMX). Valeurs d\u2019exemple :`,
    '',
  ];
  for (const s of settings) {
    lines.push(`   - \`${s.key}\` (${s.fr.label})`, '', ...block(`./Device/Vendor/MSFT/Policy/Config/${AREA}/${s.key}`).map((l) => `     ${l}`));
    lines.push(...block(payload(s)).map((l) => `     ${l}`), '');
  }
  lines.push(
    '   `<disabled/>` désactive (pour un oui/non : non) ; supprimer la ligne revient à « non configuré ». Une liste donne',
    `   chaque élément précédé de son numéro, tout séparé par \`${LIST_SEPARATOR}\` :`,
    `   \`1${LIST_SEPARATOR}premier${LIST_SEPARATOR}2${LIST_SEPARATOR}second\`.`,
    '',
    '## 3. Vérifier',
    '',
    'Sur un poste synchronisé : `edge://policy` > **Recharger les stratégies** ; les paramètres de l\u2019extension ont leur propre',
    'section. La page d\u2019options de SAGA Helper montre « Géré par votre établissement » pour chacun.',
    '',
    '## Ce dont nous ne sommes pas sûrs',
    '',
    '- Le refus de l\u2019ingestion ADMX (B) : déduit de la documentation Microsoft, non essayé.',
    '- Si l\u2019ingestion passe : le chemin `' + AREA + '` (racine des catégories, puis sous-catégorie)',
    `  et la forme des listes (numéro, \`${LIST_SEPARATOR}\`, valeur) suivent la documentation du Policy CSP et l\u2019exemple`,
    '  de Microsoft pour Chrome, sans essai sur Intune.',
    '- Les libellés exacts des menus Intune changent d\u2019une version du portail à l\u2019autre.',
    '',
    '---',
    '',
    '**English.** Force-install through the Settings catalog (Microsoft Edge > Extensions > *Control which extensions are',
    'installed silently*). For the extension\u2019s settings use the platform script `windows/saga-helper-policy.ps1` (system',
    'context, 64-bit host): Microsoft documents that ingested ADMX files may not write under `Software\\Policies\\Microsoft`',
    'except listed keys, and `Software\\Policies\\Microsoft\\Edge` is not one of them, so route B is expected to fail (untested).',
    '',
  );
  return lines.join('\n');
}
