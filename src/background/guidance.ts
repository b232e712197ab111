import { environment } from '../core/env-info';
import { buildMail, type MailStep } from '../core/mail';
import { DEFAULT_SETTINGS } from '../lib/settings';
import type { Guidance, GuidanceAction } from '../lib/messages';
import { leadRule } from '../lib/lead-rule';
import { RULES } from '../rules';
import type { WorkerApi } from './api';
import { workerTranslate } from './locale';
import type { WorkerContext } from './worker-context';
import { alive, plan, type Procedure } from './procedure';
import { resolveEffective } from './settings-sync';

/**
 * The actions the worker offers for a frame showing `ids`, given the procedure: what the panel shows,
 * and what the worker checks again against its own record before doing anything.
 */
export function actionsFor(procedure: Procedure | undefined, ids: readonly string[], now: number): GuidanceAction[] {
  const rule = leadRule(ids);
  const p = alive(procedure, now);
  const steps = p && plan(p, rule?.flow);
  if (steps) return [...steps.actions];
  return rule?.flow === 'rights' || rule?.flow === 'pairing' ? ['clean-reload'] : [];
}

/** What a panel (or the popup) showing `ids` should add: progress, actions, the mail. */
export async function guidanceFor(
  ctx: WorkerContext,
  procedure: Procedure | undefined,
  ids: readonly string[],
  cleanedAt: number | undefined,
): Promise<Guidance> {
  const now = ctx.now();
  const rule = leadRule(ids);
  const p = alive(procedure, now);
  const when = p?.cleanedAt ?? cleanedAt;
  const base = when === undefined ? {} : { cleanedAt: when };
  const steps = p && plan(p, rule?.flow);
  const actions = actionsFor(procedure, ids, now);
  if (!p || !steps) return { ...base, actions };
  return {
    ...base,
    procedure: steps.step,
    actions,
    ...(steps.escalation ? { escalation: steps.escalation } : {}),
    ...(steps.mail ? { mail: await mailFor(ctx, p, now) } : {}),
  };
}

const PROFILE_DONE = {
  active: 'guide_done_profile_active',
  missing: 'guide_done_profile_missing',
  inactive: 'guide_done_profile_inactive',
} as const;

async function mailFor(ctx: WorkerContext, p: Procedure, now: number): Promise<{ href: string; report: string }> {
  const { api } = ctx;
  const { settings, messages } = await resolveEffective(ctx, 'answer');
  const t = workerTranslate(api, messages);
  const steps: MailStep[] = [{ at: p.startedAt, text: t('guide_done_error') }];
  if (p.profile) steps.push({ at: p.profile.at, text: t(PROFILE_DONE[p.profile.result]) });
  if (p.cleanedAt !== undefined) steps.push({ at: p.cleanedAt, text: t('guide_done_clean_reload') });
  if (p.errorAfterCleanAt !== undefined) steps.push({ at: p.errorAfterCleanAt, text: t('guide_done_error_again') });
  steps.sort((a, b) => a.at - b.at);
  const rule = RULES.find((r) => r.id === p.error.rule);
  const env = await environment(ctx.nav);
  return buildMail(
    {
      to: settings.adminEmail,
      ...(settings.ccEmail ? { cc: settings.ccEmail } : {}),
      problem: rule ? t(rule.title) : p.error.rule,
      messageSeen: p.error.evidence,
      pageUrl: p.error.url,
      at: now,
      browser: env.browser,
      os: env.os,
      extensionVersion: api.runtime.getManifest().version,
      steps,
      lang: t('lang') || 'fr',
    },
    t,
  );
}

/**
 * Builds a mail nobody sees, once, as the worker starts: its first Intl.DateTimeFormat loads the dates'
 * locale data, 20 to 60 ms at a browser start (measured), which the first answer with a mail would
 * otherwise wait for.
 */
export function warmUpMail(api: WorkerApi, now: number): void {
  const t = (key: string): string => api.i18n.getMessage(key);
  try {
    buildMail(
      {
        to: DEFAULT_SETTINGS.adminEmail,
        problem: '',
        messageSeen: '',
        pageUrl: '',
        at: now,
        browser: '',
        os: '',
        extensionVersion: '',
        steps: [{ at: now, text: '' }],
        lang: t('lang') || 'fr',
      },
      t,
    );
  } catch {
    // Only ever a head start: the real mail is built, and fails if it must, in its answer.
  }
}
