// SAGA Helper's add-on id in Firefox (manifest browser_specific_settings.gecko.id). Firefox keys everything
// by it: policies.json (ExtensionSettings, 3rdparty storage.managed), the AMO signature, the data a profile
// keeps. It must never change once an XPI is signed with it, or every install becomes a different add-on.
export const FIREFOX_ID = 'saga-helper@cng-saga-helper.fr';

/** The oldest Firefox the build targets: the ESR of 2025 (esbuild target and strict_min_version). */
export const FIREFOX_MIN_VERSION = '140.0';
