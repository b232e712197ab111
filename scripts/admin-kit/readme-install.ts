// The kit README's install part, in French: the one place that tells IT how to add SAGA Helper to the
// establishment's install policies without replacing them.
import { plist } from './profiles';
import { extensionSettingsFragment } from './profiles';
import { kitPaths, link } from './paths';
import { FORCELIST_VALUE_NAME } from './registry';
import { extensionSettingsEntry, forcelistLine, type Targets } from './targets';
import { compactJson } from './model';

const GPO_POLICY: Readonly<Record<string, string>> = {
  edge: 'Microsoft Edge > Extensions > *Control which extensions are installed silently*',
  chrome: 'Google Chrome > Extensions > *Configure the list of force-installed apps and extensions*',
};

export const GOLDEN_RULE_FR = [
  '> **À lire avant tout.** `ExtensionInstallForcelist` et `ExtensionSettings` sont chacune **une seule valeur pour toutes',
  '> les extensions** du poste. Ajoutez la ligne de SAGA Helper à la GPO, au profil Intune, au profil macOS ou au fichier',
  '> JSON qui fixe **déjà** cette stratégie ; **n\u2019en créez jamais un second.** Une stratégie de liste n\u2019est pas additive :',
  '> la GPO appliquée en dernier remplace la liste de l\u2019autre, et le navigateur désinstalle toute extension qui n\u2019y figure',
  '> plus. Vérifiez ensuite le résultat dans `edge://policy` ou `chrome://policy` : toutes les extensions de l\u2019établissement',
  '> doivent y figurer.',
];

function browserInstall(t: Targets): string[] {
  const b = t.browser;
  const p = kitPaths(b);
  const line = forcelistLine(t.primary);
  const before = { '*': { installation_mode: 'blocked' } };
  const after = { ...before, ...extensionSettingsEntry(t) };
  return [
    `### ${b.name}`,
    '',
    `1. **GPO.** Dans la GPO qui fixe déjà la liste (Configuration ordinateur > Stratégies > Modèles d\u2019administration >`,
    `   ${GPO_POLICY[b.id]}, \`ExtensionInstallForcelist\`), ajoutez une ligne :`,
    '',
    ...t.install.map(
      (x) => `   - ${x.source === 'store' ? b.storeName : 'serveur de l\u2019établissement'} : \`${forcelistLine(x)}\``,
    ),
    '',
    '   Sans GPO existante pour cette stratégie, créez-la avec cette seule ligne.',
    `2. **Ou \`ExtensionSettings\`** (garde aussi le bouton de l\u2019extension dans la barre d\u2019outils : \`${compactJson(b.toolbar)}\`).`,
    '   La zone de texte de la GPO prend une seule ligne de JSON. Si la valeur existe, insérez l\u2019entrée de SAGA Helper',
    '   **dans** l\u2019objet, après une virgule :',
    '',
    '   ```text',
    `   ,${extensionSettingsFragment(t)}`,
    '   ```',
    '',
    '   Par exemple, une valeur qui bloque tout le reste devient :',
    '',
    '   ```text',
    `   avant : ${compactJson(before)}`,
    `   après : ${compactJson(after)}`,
    '   ```',
    '',
    `   Sans valeur existante : ${link(p.extSettingsOneLine)} (une ligne) ; version lisible : ${link(p.extSettingsJson)} ;`,
    `   forme REG_SZ : ${link(p.extSettingsReg)} (ligne en commentaire, à n\u2019activer que sans valeur existante).`,
    `3. **Sans GPO** (poste isolé) : ${link(p.forcelistReg)} ajoute la valeur \`${FORCELIST_VALUE_NAME}\` sans toucher aux autres ;`,
    '   une GPO qui fixe cette liste l\u2019effacerait à son prochain rafraîchissement.',
    `4. **macOS** : dans le profil qui fixe déjà \`ExtensionInstallForcelist\` (domaine \`${b.macDomain}\`), ajoutez au tableau :`,
    '',
    '   ```xml',
    `   ${plist(line)}`,
    '   ```',
    '',
    `5. **Linux** : ajoutez \`"${line}"\` au tableau \`ExtensionInstallForcelist\` du fichier de`,
    `   ${b.linuxDirs.map((d) => `\`${d}\``).join(' ou ')} qui le fixe déjà. Chromium lit tous les fichiers de ce dossier et, pour une même`,
    '   stratégie, le dernier fichier par ordre alphabétique l\u2019emporte en entier : un second fichier qui la fixerait remplacerait',
    `   la liste de l\u2019établissement. Sans fichier existant : \`{"ExtensionInstallForcelist": ["${line}"]}\`.`,
    `6. Vérifiez dans \`${b.policyPage}\` (**Recharger les stratégies**) que la liste contient SAGA Helper **et** les extensions`,
    '   qui y étaient, puis que SAGA Helper est dans `' + b.extensionsPage + '`.',
    '',
  ];
}

export function installSection(kits: readonly Targets[]): string[] {
  return [
    '## 2. Installer l\u2019extension d\u2019office',
    '',
    ...GOLDEN_RULE_FR,
    '',
    '**Condition de Microsoft Edge :** sous Windows, Edge n\u2019installe d\u2019office une extension venant d\u2019ailleurs que la boutique',
    'Edge Add-ons que sur un poste joint à un domaine (Active Directory ou Entra ID) ou géré par MDM (Intune…) ; sous macOS,',
    'que sur un Mac géré par MDM. Ailleurs, la stratégie est ignorée pour cette extension. La boutique n\u2019a pas cette condition.',
    '',
    ...kits.flatMap(browserInstall),
  ];
}
