// intune.md: Intune guidance for each browser of the kit. The OMA-URIs and their payloads are generated
// from the same model as the ADMX, so a policy renamed there cannot leave a stale URI here.
import { admxNames } from './admx';
import { extensionPolicyKey } from './browsers';
import { compactJson, type Setting, xmlEscape } from './model';
import { kitPaths, link } from './paths';
import { forcelistLine, type Targets } from './targets';

// An ADMX list travels as name/value pairs, all joined with U+F000: Microsoft's own example for
// Chrome's ExtensionInstallForcelist is value="1&#xF000;<id>;<url>".
const LIST_SEPARATOR = '&#xF000;';
const block = (text: string, pad = ''): string[] => ['```text', text, '```'].map((l) => `${pad}${l}`);

function payload(s: Setting): string {
  if (s.kind === 'boolean') return s.example ? '<enabled/>' : '<disabled/>';
  const value =
    s.kind === 'list'
      ? (s.example as unknown[]).map((v, i) => `${i + 1}${LIST_SEPARATOR}${xmlEscape(v)}`).join(LIST_SEPARATOR)
      : xmlEscape(s.kind === 'json' ? compactJson(s.example) : s.example);
  return `<enabled/><data id="${s.key}" value="${value}"/>`;
}

function install(t: Targets): string[] {
  const b = t.browser;
  return [
    `### Installer d\u2019office`,
    '',
    `Ouvrez le profil **qui fixe déjà** \`ExtensionInstallForcelist\` (ou \`ExtensionSettings\`) pour ${b.name} (Catalogue des`,
    `paramètres > ${b.name} > Extensions) et **ajoutez-y** une ligne ; n\u2019en créez pas un second : deux profils qui fixent la`,
    'même stratégie sont en conflit, et le poste peut perdre les extensions de l\u2019autre. Sans profil existant, créez-en un.',
    '',
    ...t.install.flatMap((x) => [
      `- ${x.source === 'store' ? b.storeName : 'serveur de l\u2019établissement'} :`,
      '',
      ...block(forcelistLine(x), '  '),
      '',
    ]),
    `Pour \`ExtensionSettings\`, ajoutez l\u2019entrée de ${link(kitPaths(b).extSettingsOneLine)} à la valeur existante (README.md, § 2).`,
    `Vérifiez ensuite sur un poste, dans \`${b.policyPage}\`, que toutes les extensions de l\u2019établissement y figurent encore.`,
    '',
  ];
}

function admxRoute(settings: readonly Setting[], t: Targets): string[] {
  const b = t.browser;
  const n = admxNames(b);
  const area = `${b.admxName}~Policy~${n.category}`;
  const lines = [
    `#### ${b.intuneAdmxIngestion ? 'B' : 'B (refusé par Intune pour Edge)'}. Ingestion de l\u2019ADMX par OMA-URI personnalisé`,
    '',
  ];
  if (!b.intuneAdmxIngestion) {
    lines.push(
      '> La documentation Microsoft de l\u2019ingestion ADMX interdit aux modèles ingérés d\u2019écrire sous',
      '> `Software\\Policies\\Microsoft` (sauf quelques clés, dont `Software\\Microsoft\\Edge` mais pas',
      '> `Software\\Policies\\Microsoft\\Edge`, celle que lit Edge) : pour Edge, utilisez le script (A).',
      '',
    );
    return lines;
  }
  lines.push(
    `Possible pour ${b.name} : son chemin \`${b.policyRoot}\` n\u2019est pas sous \`Software\\Policies\\Microsoft\`, seule zone que`,
    'Microsoft interdit aux modèles ingérés. Profil : Appareils > Configuration > Créer > Windows 10 et versions ultérieures >',
    'Modèles > **Personnalisé**, une ligne OMA-URI par réglage, type **Chaîne** (String) :',
    '',
    `1. le modèle, valeur = tout le contenu de ${link(kitPaths(b).admx)} :`,
    '',
    ...block(`./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${b.admxName}/Policy/${b.admxName}Admx`, '   '),
    '',
    `2. un réglage par paramètre (zone \`${area}\`). Valeurs d\u2019exemple :`,
    '',
  );
  for (const s of settings) {
    lines.push(
      `   - \`${s.key}\` (${s.fr.label})`,
      '',
      ...block(`./Device/Vendor/MSFT/Policy/Config/${area}/${n.policy(s.key)}`, '     '),
    );
    lines.push(...block(payload(s), '     '), '');
  }
  lines.push(
    '   `<disabled/>` désactive (pour un oui/non : non) ; supprimer la ligne revient à « non configuré ». Une liste donne',
    `   chaque élément précédé de son numéro, tout séparé par \`${LIST_SEPARATOR}\` :`,
    `   \`1${LIST_SEPARATOR}premier${LIST_SEPARATOR}2${LIST_SEPARATOR}second\`.`,
    '',
  );
  return lines;
}

function browserSection(settings: readonly Setting[], t: Targets): string[] {
  const b = t.browser;
  const p = kitPaths(b);
  return [
    `## ${b.name}`,
    '',
    ...install(t),
    '### Paramétrer l\u2019extension',
    '',
    `${b.name} lit les paramètres d\u2019une extension sous \`HKLM\\${extensionPolicyKey(b, t.primary.id)}\`.`,
    '',
    '#### A. Script PowerShell (les deux navigateurs)',
    '',
    `Appareils > Scripts et corrections > **Scripts de plateforme** > Ajouter > Windows 10 et versions ultérieures, fichier ${link(p.settingsPs1)}`,
    '(contexte système : « avec les informations d\u2019identification de l\u2019utilisateur connecté » **Non** ; hôte PowerShell 64 bits',
    `**Oui** ; vérification de signature **Non**, ou signez-le). Il n\u2019écrit que la clé de SAGA Helper, avec les valeurs d\u2019exemple`,
    `de ${link(p.settingsReg)} : modifiez-les avant de le déposer. Pour retirer ces paramètres : ${link(p.settingsRemovePs1)}.`,
    '',
    ...admxRoute(settings, t),
  ];
}

export function renderIntune(settings: readonly Setting[], kits: readonly Targets[]): string {
  const lines = [
    '# SAGA Helper avec Microsoft Intune',
    '',
    '> Généré par `scripts/admin-kit.ts` : ne pas modifier à la main. Voir aussi [README.md](README.md).',
    '',
    '| Navigateur | Installation d\u2019office | Paramètres : script PowerShell (A) | Paramètres : ingestion ADMX (B) |',
    '|---|---|---|---|',
    ...kits.map(
      (t) =>
        `| ${t.browser.name} | catalogue des paramètres, dans le profil existant | oui | ${t.browser.intuneAdmxIngestion ? 'oui' : 'non (chemin Microsoft refusé)'} |`,
    ),
    '',
    'Un poste inscrit dans Intune est géré par MDM : le navigateur y accepte aussi une extension hébergée par l\u2019établissement.',
    '',
    ...kits.flatMap((t) => browserSection(settings, t)),
    '## Vérifier',
    '',
    ...kits.map(
      (t) =>
        `- ${t.browser.name} : \`${t.browser.policyPage}\` > **Recharger les stratégies** ; les paramètres de l\u2019extension ont leur section.`,
    ),
    '- La page d\u2019options de SAGA Helper montre « Géré par votre établissement » pour chacun.',
    '',
    '## Ce dont nous ne sommes pas sûrs',
    '',
    '- Les chemins OMA-URI (application ~ Policy ~ catégorie) et la forme des listes suivent la documentation du Policy CSP',
    '  et l\u2019exemple de Microsoft pour Chrome, sans essai sur un locataire Intune.',
    '- Les libellés exacts des menus Intune changent d\u2019une version du portail à l\u2019autre.',
    '',
    '---',
    '',
    '**English.** Force-install by adding the SAGA Helper line to the Settings catalog profile that already sets',
    '`ExtensionInstallForcelist` (or `ExtensionSettings`); never create a second profile for that policy, and check the result',
    'in `edge://policy` / `chrome://policy`. Settings: the platform script of each browser (system context, 64-bit host)',
    'works for both. ADMX ingestion works for the Chrome kit (its keys are under `Software\\Policies\\Google\\Chrome`); Microsoft',
    'refuses ingested templates that write under `Software\\Policies\\Microsoft`, so the Edge kit cannot go that way.',
    '',
  ];
  return lines.join('\n');
}
