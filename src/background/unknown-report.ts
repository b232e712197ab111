import { environment } from '../core/env-info';
import { isAddress } from '../core/mail';
import type { MessageRequest, MessageResponse } from '../lib/messages';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { buildUnknownReport } from '../lib/unknown-report';
import { workerTranslate } from './locale';
import { resolveEffective } from './settings-sync';
import type { WorkerContext } from './worker-context';

/** Where the report goes: the establishment's IT when policy (or the user) names it, else the administrator. */
export function reportRecipients(settings: {
  readonly reportEmail: string;
  readonly adminEmail: string;
  readonly ccEmail: string;
}): { to: string; cc?: string; toIt: boolean } {
  // Checked again here, as every address that becomes a recipient: resolved settings are not trusted for it.
  if (isAddress(settings.reportEmail)) return { to: settings.reportEmail, toIt: true };
  const to = isAddress(settings.adminEmail) ? settings.adminEmail : DEFAULT_SETTINGS.adminEmail;
  // The copy goes with the administrator's mail, as for the sign-in mail: IT sees what went to the CNG.
  return { to, ...(isAddress(settings.ccEmail) ? { cc: settings.ccEmail } : {}), toIt: false };
}

/**
 * An extension page (the popup) asks for the report of a message SAGA Helper does not know. The worker
 * writes it because only the worker reads the mail addresses (PageSettings leaves them out): the page
 * gets the mail to open and the body to show, not the settings. The text and phrases are the page's,
 * as the content script picked them; nothing in it is typed by the director.
 */
export async function unknownReport(
  ctx: WorkerContext,
  req: MessageRequest<'unknown-report'>,
): Promise<MessageResponse<'unknown-report'>> {
  const { settings, messages } = await resolveEffective(ctx, 'answer');
  const t = workerTranslate(ctx.api, messages);
  const env = await environment(ctx.nav);
  return buildUnknownReport(
    {
      ...reportRecipients(settings),
      site: req.site,
      url: req.url,
      text: req.text,
      phrases: req.phrases,
      verified: req.verified,
      at: ctx.now(),
      browser: env.browser,
      os: env.os,
      extensionVersion: ctx.api.runtime.getManifest().version,
      lang: t('lang') || 'fr',
    },
    t,
  );
}
