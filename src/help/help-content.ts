import { SITE_HOSTS, SITE_URLS } from '../core/sites';
import type { HelpSection, Link } from './help-types';
import { PRIVACY_SECTION } from './privacy-content';

/**
 * The CNG's guide "Je me connecte à SAGA Directeurs (+ message d'erreur)" as data: sections of
 * blocks naming message keys. Keys are written out in full (no built names) so the locale test can
 * find each one used in the source.
 */

const link = (href: string, text: string): Link => ({ href, text });
const SAGA = link(SITE_URLS.saga, SITE_HOSTS.saga);
const PLAGE = link(SITE_URLS.plage, SITE_HOSTS.plage);
const HOTLINE = link(SITE_URLS.hotline, SITE_HOSTS.hotline);
export const CNG_MAIL = 'cng-saga@sante.gouv.fr';
const MAIL = link(`mailto:${CNG_MAIL}`, CNG_MAIL);

export const HELP_SECTIONS: readonly HelpSection[] = [
  {
    id: 'sign-in',
    title: 'help_signin_title',
    blocks: [
      { kind: 'p', key: 'help_signin_link', link: SAGA },
      { kind: 'h3', key: 'help_signin_first_title' },
      { kind: 'p', key: 'help_signin_first_text' },
      { kind: 'steps', items: ['help_signin_first_step'] },
      { kind: 'h3', key: 'help_signin_account_title' },
      { kind: 'p', key: 'help_signin_account_text' },
      { kind: 'steps', items: ['help_signin_account_step'] },
      { kind: 'p', key: 'help_signin_space' },
    ],
  },
  {
    id: 'browser',
    title: 'help_browser_title',
    blocks: [
      { kind: 'p', key: 'help_browser_text' },
      { kind: 'p', key: 'help_browser_edge' },
    ],
  },
  {
    id: 'rights',
    title: 'help_rights_title',
    blocks: [
      { kind: 'steps', items: ['help_rights_step1', 'help_rights_step2'] },
      { kind: 'p', key: 'help_rights_text' },
      { kind: 'quote', key: 'help_rights_quote' },
      { kind: 'p', key: 'help_rights_then' },
      { kind: 'see', section: 'profile' },
      { kind: 'see', section: 'refresh' },
    ],
  },
  {
    id: 'profile',
    title: 'help_profile_title',
    blocks: [
      {
        kind: 'steps',
        items: [
          { key: 'help_profile_step1', link: PLAGE },
          'help_profile_step2',
          'help_profile_step3',
          'help_profile_step4',
          'help_profile_step5',
        ],
      },
      { kind: 'list', items: ['help_profile_active', 'help_profile_missing', 'help_profile_inactive'] },
      { kind: 'p', key: 'help_profile_hotline' },
      { kind: 'see', section: 'hotline' },
    ],
  },
  {
    id: 'refresh',
    title: 'help_refresh_title',
    blocks: [
      { kind: 'p', key: 'help_refresh_intro' },
      {
        kind: 'steps',
        items: ['help_refresh_step1', 'help_refresh_step2', 'help_refresh_step3', 'help_refresh_step4'],
      },
    ],
  },
  {
    id: 'pairing',
    title: 'help_pairing_title',
    blocks: [
      { kind: 'p', key: 'help_pairing_intro' },
      { kind: 'steps', items: ['help_pairing_step1', 'help_pairing_step2', { key: 'help_pairing_step3', link: MAIL }] },
      { kind: 'p', key: 'help_pairing_note' },
    ],
  },
  {
    id: 'hotline',
    title: 'help_hotline_title',
    blocks: [
      {
        kind: 'steps',
        items: [
          { key: 'help_hotline_step1', link: HOTLINE },
          'help_hotline_step2',
          'help_hotline_step3',
          'help_hotline_step4',
        ],
      },
      { kind: 'list', items: ['help_hotline_assistance', 'help_hotline_incident'] },
    ],
  },
  {
    id: 'extension',
    title: 'help_extension_title',
    blocks: [
      { kind: 'p', key: 'help_extension_intro' },
      {
        kind: 'table',
        head: ['help_extension_col_screen', 'help_extension_col_action'],
        rows: [
          ['help_extension_first_login', 'help_extension_first_login_does'],
          ['help_extension_account', 'help_extension_account_does'],
          ['help_extension_rights', 'help_extension_rights_does'],
          ['help_extension_pairing', 'help_extension_pairing_does'],
          ['help_extension_profile_active', 'help_extension_profile_active_does'],
          ['help_extension_profile_missing', 'help_extension_profile_missing_does'],
          ['help_extension_profile_inactive', 'help_extension_profile_inactive_does'],
          ['help_extension_hotline_portal', 'help_extension_hotline_portal_does'],
          ['help_extension_hotline_plage', 'help_extension_hotline_plage_does'],
          ['help_extension_browser', 'help_extension_browser_does'],
        ],
      },
      { kind: 'p', key: 'help_extension_popup' },
    ],
  },
  PRIVACY_SECTION,
];
