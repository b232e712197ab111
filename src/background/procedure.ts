import type { Flow } from '../core/rule';
import type { GuidanceAction, ProcedureStep } from '../lib/messages';

/**
 * The guided procedure of the guide, followed across SAGA and PLAGE tabs. Pure: the worker stores it
 * in storage.session between events, so it survives the worker being stopped at any time.
 */
export interface Procedure {
  readonly kind: 'rights' | 'pairing';
  readonly startedAt: number;
  /** The error as last seen: rule, visible text, page address, time. */
  readonly error: { readonly rule: string; readonly evidence: string; readonly url: string; readonly at: number };
  readonly profile?: {
    readonly result: 'active' | 'missing' | 'inactive';
    readonly state?: string;
    readonly at: number;
  };
  readonly cleanedAt?: number;
  /** The error came back after the last clean reload: the first fix did not help. */
  readonly errorAfterCleanAt?: number;
}

/** A procedure older than this is forgotten: the next error starts afresh. */
export const PROCEDURE_TTL_MS = 60 * 60 * 1000;

export interface Sighting {
  readonly flow: Flow;
  readonly rule: string;
  readonly evidence: string;
  readonly url: string;
  readonly at: number;
  /** When the page showing it was loaded: a page loaded before the clean reload says nothing of it. */
  readonly loadedAt: number;
}

export function alive(p: Procedure | undefined, now: number): Procedure | undefined {
  return p && now - p.startedAt <= PROCEDURE_TTL_MS ? p : undefined;
}

/** The procedure after a screen was seen. */
export function onSighting(current: Procedure | undefined, seen: Sighting): Procedure | undefined {
  const p = alive(current, seen.at);
  const error = { rule: seen.rule, evidence: seen.evidence, url: seen.url, at: seen.at };
  switch (seen.flow) {
    case 'rights':
    case 'pairing': {
      if (!p || p.kind !== seen.flow) return { kind: seen.flow, startedAt: seen.at, error };
      const again = p.cleanedAt !== undefined && seen.loadedAt > p.cleanedAt;
      return { ...p, error, ...(again ? { errorAfterCleanAt: seen.at } : {}) };
    }
    case 'profile-active':
    case 'profile-missing':
    case 'profile-inactive': {
      if (!p) return undefined;
      const result =
        seen.flow === 'profile-active' ? 'active' : seen.flow === 'profile-missing' ? 'missing' : 'inactive';
      return { ...p, profile: { result, at: seen.at } };
    }
    case 'signed-in':
      // SAGA let the director in: the procedure is over.
      return undefined;
  }
}

export function onCleaned(current: Procedure | undefined, at: number): Procedure | undefined {
  const p = alive(current, at);
  if (!p) return undefined;
  const { errorAfterCleanAt: _dropped, ...rest } = p;
  return { ...rest, cleanedAt: at };
}

export interface Plan {
  readonly step: ProcedureStep;
  readonly actions: readonly GuidanceAction[];
  readonly escalation?: string;
  /** Whether the mail to the CNG administrator is offered now. */
  readonly mail: boolean;
}

const RIGHTS_STEPS = ['guide_step_error', 'guide_step_check_profile', 'guide_step_clean_reload', 'guide_step_sign_in'];
const PAIRING_STEPS = ['guide_step_error', 'guide_step_clean_reload', 'guide_step_mail'];

/** What a panel showing `flow` should offer now, given the procedure. */
export function plan(p: Procedure, flow: Flow | undefined): Plan | null {
  const labels = p.kind === 'rights' ? RIGHTS_STEPS : PAIRING_STEPS;
  const at = (n: number): ProcedureStep => ({ step: n, total: labels.length, label: labels[n - 1] as string });
  if (p.kind === 'pairing') {
    if (flow !== 'pairing') return null;
    if (p.errorAfterCleanAt !== undefined) {
      return {
        step: at(3),
        actions: ['mail-admin', 'copy-diagnostic'],
        escalation: 'guide_escalate_pairing',
        mail: true,
      };
    }
    return { step: at(2), actions: ['clean-reload', 'mail-admin', 'copy-diagnostic'], mail: true };
  }
  // The rights procedure: check the profile on PLAGE, clean reload, sign in again.
  if (flow === 'profile-active') return { step: at(3), actions: ['return-to-saga'], mail: false };
  if (flow === 'profile-missing' || flow === 'profile-inactive') return { step: at(2), actions: [], mail: false };
  if (flow !== 'rights') return null;
  if (p.errorAfterCleanAt !== undefined) {
    if (p.profile?.result === 'active') {
      return {
        step: at(4),
        actions: ['mail-admin', 'copy-diagnostic'],
        escalation: 'guide_escalate_rights_mail',
        mail: true,
      };
    }
    const escalation = p.profile ? 'guide_escalate_rights_profile' : 'guide_escalate_rights_check';
    return { step: at(2), actions: [], escalation, mail: false };
  }
  if (!p.profile) return { step: at(2), actions: ['clean-reload'], mail: false };
  if (p.cleanedAt === undefined || p.cleanedAt < p.profile.at)
    return { step: at(3), actions: ['clean-reload'], mail: false };
  return { step: at(4), actions: ['clean-reload'], mail: false };
}
