import { PRIVACY_ID } from '../ui/page-links';
import type { HelpSection } from './help-types';

export { PRIVACY_ID };

/**
 * The privacy promises, packaged with the extension: an extension page cannot open PRIVACY.md offline.
 * Each list item is also written word for word in PRIVACY.md (a test compares them), so the text the
 * director reads in the browser and the policy the stores link to cannot drift apart.
 */
export const PRIVACY_ITEMS = {
  reads: ['help_privacy_reads_sites', 'help_privacy_reads_never'],
  keeps: ['help_privacy_keeps_session', 'help_privacy_keeps_local', 'help_privacy_keeps_managed'],
  never: [
    'help_privacy_never_send',
    'help_privacy_never_code',
    'help_privacy_never_act',
    'help_privacy_clean',
    'help_privacy_mail',
  ],
} as const;

export const PRIVACY_SECTION: HelpSection = {
  id: PRIVACY_ID,
  title: 'help_privacy_title',
  blocks: [
    { kind: 'p', key: 'help_privacy_intro' },
    { kind: 'h3', key: 'help_privacy_reads_title' },
    { kind: 'list', items: PRIVACY_ITEMS.reads },
    { kind: 'h3', key: 'help_privacy_keeps_title' },
    { kind: 'list', items: PRIVACY_ITEMS.keeps },
    { kind: 'h3', key: 'help_privacy_never_title' },
    { kind: 'list', items: PRIVACY_ITEMS.never },
  ],
};
