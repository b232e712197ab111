// The browsers the kit is made for. Everything that differs between an Edge kit and a Chrome kit is
// here, so that the two kits can sit side by side in one central store (own ADMX namespace, category
// and policy names) and every renderer stays browser-neutral. Firefox's differ more: firefox.ts.

export type BrowserId = 'edge' | 'chrome';

export interface Browser {
  readonly id: BrowserId;
  /** As the vendor writes it. */
  readonly name: string;
  /** Registry root of the browser's policies, under HKLM (or HKCU). */
  readonly policyRoot: string;
  /** ADMX target namespace and prefix: unique per kit, or the central store refuses the second one. */
  readonly admxNamespace: string;
  readonly admxPrefix: string;
  /** Category and policy names start with it; also the Intune app name of the ADMX ingestion. */
  readonly admxName: string;
  /** Where the browser's store serves updates: the update URL of a store install. */
  readonly storeUpdateUrl: string;
  readonly storeName: string;
  /** Placeholder for the store's id of SAGA Helper, unknown until it is published there. */
  readonly storeIdPlaceholder: string;
  /** ExtensionSettings keys that keep the toolbar button in sight: the two browsers name it differently. */
  readonly toolbar: Readonly<Record<string, string>>;
  readonly policyPage: string;
  readonly extensionsPage: string;
  /** macOS preference domain of the browser's own policies; an extension's are in `<domain>.extensions.<id>`. */
  readonly macDomain: string;
  /** Linux folders of mandatory policy files. */
  readonly linuxDirs: readonly string[];
  /** Microsoft's Intune ADMX ingestion refuses templates that write under Software\Policies\Microsoft. */
  readonly intuneAdmxIngestion: boolean;
}

export const BROWSERS: Readonly<Record<BrowserId, Browser>> = {
  edge: {
    id: 'edge',
    name: 'Microsoft Edge',
    policyRoot: 'Software\\Policies\\Microsoft\\Edge',
    admxNamespace: 'SagaHelper.Policies.SagaHelperEdge',
    admxPrefix: 'sagahelperedge',
    admxName: 'SagaHelperEdge',
    storeUpdateUrl: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
    storeName: 'Microsoft Edge Add-ons',
    storeIdPlaceholder: 'EDGE_STORE_EXTENSION_ID',
    toolbar: { toolbar_state: 'force_shown' },
    policyPage: 'edge://policy',
    extensionsPage: 'edge://extensions',
    macDomain: 'com.microsoft.Edge',
    linuxDirs: ['/etc/opt/edge/policies/managed/'],
    intuneAdmxIngestion: false,
  },
  chrome: {
    id: 'chrome',
    name: 'Google Chrome',
    policyRoot: 'Software\\Policies\\Google\\Chrome',
    admxNamespace: 'SagaHelper.Policies.SagaHelperChrome',
    admxPrefix: 'sagahelperchrome',
    admxName: 'SagaHelperChrome',
    storeUpdateUrl: 'https://clients2.google.com/service/update2/crx',
    storeName: 'Chrome Web Store',
    storeIdPlaceholder: 'CHROME_STORE_EXTENSION_ID',
    toolbar: { toolbar_pin: 'force_pinned' },
    policyPage: 'chrome://policy',
    extensionsPage: 'chrome://extensions',
    macDomain: 'com.google.Chrome',
    linuxDirs: ['/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/'],
    intuneAdmxIngestion: true,
  },
};

/** The Chromium browsers: the kits above, each with its store, its id and its `\policy` key. */
export const BROWSER_IDS: readonly BrowserId[] = ['edge', 'chrome'];

/** Every browser the kit is made for. Firefox's kit (firefox.ts) has its own shape: one fixed add-on id. */
export type KitBrowserId = BrowserId | 'firefox';
export const KIT_BROWSER_IDS: readonly KitBrowserId[] = [...BROWSER_IDS, 'firefox'];

export const isChromium = (b: KitBrowserId): b is BrowserId => b !== 'firefox';

/** `--browser edge|chrome|firefox|both|all` as a list of browsers (both: Edge and Chrome); null for anything else. */
export function parseBrowsers(value: string): KitBrowserId[] | null {
  if (value === 'both') return [...BROWSER_IDS];
  if (value === 'all') return [...KIT_BROWSER_IDS];
  return (KIT_BROWSER_IDS as readonly string[]).includes(value) ? [value as KitBrowserId] : null;
}

/** HKLM path of one extension's mandatory policy in one browser. */
export const extensionPolicyKey = (browser: Browser, id: string): string =>
  `${browser.policyRoot}\\3rdparty\\extensions\\${id}\\policy`;

/** The same as regedit and PowerShell write it. */
export const hklm = (path: string): string => `HKEY_LOCAL_MACHINE\\${path.replace(/^Software/, 'SOFTWARE')}`;
