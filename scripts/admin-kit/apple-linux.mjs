// macOS configuration profile, Linux policy file and Edge's ExtensionSettings example: JSON-shaped
// policy, so values keep their native types (no JSON-in-a-string as in the registry).
import { stableUuid, xmlEscape } from './model.mjs';

const settingsObject = (settings) => Object.fromEntries(settings.map((s) => [s.key, s.example]));
const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

function plist(value, pad) {
  const inner = `${pad}  `;
  if (typeof value === 'string') return `${pad}<string>${xmlEscape(value)}</string>`;
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (Number.isInteger(value)) return `${pad}<integer>${value}</integer>`;
  if (Array.isArray(value)) {
    return value.length ? `${pad}<array>\n${value.map((v) => plist(v, inner)).join('\n')}\n${pad}</array>` : `${pad}<array/>`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${inner}<key>${xmlEscape(k)}</key>\n${plist(v, inner)}`);
    return entries.length ? `${pad}<dict>\n${entries.join('\n')}\n${pad}</dict>` : `${pad}<dict/>`;
  }
  throw new Error(`admin kit: no plist form for ${JSON.stringify(value)}`);
}

/**
 * Two payloads. Edge on macOS reads an extension's policy from its own preference domain,
 * com.microsoft.Edge.extensions.<id> (Chromium's policy_loader_mac), not from a "3rdparty"
 * dictionary inside com.microsoft.Edge as on Linux.
 */
export function renderMobileconfig(settings, targets) {
  const { id, updateUrl } = targets.primary;
  const payload = (name, type, display, body) => ({
    ...body,
    PayloadDisplayName: display,
    PayloadIdentifier: `fr.saga-helper.edge.${name}`,
    PayloadType: type,
    PayloadUUID: stableUuid(`${name}:${id}`),
    PayloadVersion: 1,
  });
  const profile = {
    PayloadContent: [
      payload('browser', 'com.microsoft.Edge', 'Microsoft Edge : installation de SAGA Helper', {
        ExtensionInstallForcelist: [`${id};${updateUrl}`],
      }),
      payload('extension', `com.microsoft.Edge.extensions.${id}`, 'SAGA Helper : paramètres', settingsObject(settings)),
    ],
    PayloadDescription: 'Installe l\u2019extension SAGA Helper dans Microsoft Edge et fixe ses paramètres. Généré par scripts/admin-kit.mjs.',
    PayloadDisplayName: 'SAGA Helper (Microsoft Edge)',
    PayloadIdentifier: 'fr.saga-helper.edge',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(`profile:${id}`),
    PayloadVersion: 1,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
${plist(profile, '')}
</plist>
`;
}

/** One file for /etc/chromium/policies/managed/ or /etc/opt/edge/policies/managed/. */
export function renderLinuxJson(settings, targets) {
  const { id, updateUrl } = targets.linux;
  return json({
    ExtensionInstallForcelist: [`${id};${updateUrl}`],
    '3rdparty': { extensions: { [id]: settingsObject(settings) } },
  });
}

/** Edge's ExtensionSettings policy: force-install and keep the toolbar button in sight. */
export function renderExtensionSettings(targets) {
  return json(Object.fromEntries(targets.install.map((t) => [
    t.id,
    // toolbar_state is Edge's key (Chrome's is toolbar_pin): the button shows "!" on a tab in trouble.
    { installation_mode: 'force_installed', update_url: t.updateUrl, toolbar_state: 'force_shown' },
  ])));
}
