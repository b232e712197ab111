import type { Rule } from '../core/rule';
import browserNotRecommended from './browser-not-recommended';
import hotlinePlage from './hotline-plage';
import hotlinePortal from './hotline-portal';
import plageProfileActive from './plage-profile-active';
import plageProfileInactive from './plage-profile-inactive';
import plageProfileMissing from './plage-profile-missing';
import sagaAccountChoice from './saga-account-choice';
import sagaFirstLogin from './saga-first-login';
import sagaPairingFailed from './saga-pairing-failed';
import sagaRightsInvalid from './saga-rights-invalid';

/** The catalogue: the only place that lists the rules. */
export const RULES: readonly Rule[] = [
  sagaFirstLogin,
  sagaAccountChoice,
  sagaRightsInvalid,
  sagaPairingFailed,
  plageProfileActive,
  plageProfileMissing,
  plageProfileInactive,
  hotlinePortal,
  hotlinePlage,
  browserNotRecommended,
];

/** Every built-in rule id: what tests, the admin kit and README generation read. */
// Marked pure, as below: the content script needs neither, and counts its bytes.
export const RULE_IDS: readonly string[] = /* @__PURE__ */ RULES.map((r) => r.id);

/** The catalogue, highest priority first: the order of `data-rules`, the badge and the popup. */
export const RULES_BY_PRIORITY: readonly Rule[] = /* @__PURE__ */ [...RULES].sort((a, b) => b.priority - a.priority);
