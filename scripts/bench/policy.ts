/// <reference types="chrome" />
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from '../../test/e2e/harness/browser';
import { COMMON_WORDS } from './near-match-pages';

// Chromium on Linux reads mandatory policy from here, at start; writing it needs root (CI runs as root).
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'saga-helper-bench.json');

/** The extra rule an IT department might write: common words, on SAGA (src/managed-schema.json). */
export const EXTRA_RULE = {
  id: 'bench-common-words',
  site: 'saga',
  phrases: [...COMMON_WORDS],
  titleFr: 'Droit expiré',
  stepsFr: ['Contactez le support de votre établissement.'],
};

/**
 * Writes the policy giving the extension `id` the extra rule; null when written, else why not (the
 * rows that need it then say "not measured"). Browsers started from now on read it.
 */
export function writePolicy(id: string): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    const policy = { '3rdparty': { extensions: { [id]: { extraRules: [EXTRA_RULE] } } } };
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
    return null;
  } catch (error) {
    return `cannot write ${POLICY_FILE} (${(error as Error).message.split('\n')[0]}); run as root, as CI does`;
  }
}

export function removePolicy(): void {
  try {
    rmSync(POLICY_FILE, { force: true });
  } catch (error) {
    console.error(`could not remove ${POLICY_FILE}: ${(error as Error).message}`);
  }
}

/** Waits until the extension's managed storage holds the extra rule; false after `timeoutMs`. */
export async function extraRuleArrived(browser: Launched, timeoutMs = 15_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const worker = await browser.worker();
    const ids = await worker
      .evaluate(async () => {
        const { extraRules } = await chrome.storage.managed.get('extraRules');
        return Array.isArray(extraRules) ? extraRules.map((r: { id?: unknown }) => String(r.id)) : [];
      })
      .catch(() => [] as string[]);
    if (ids.includes(EXTRA_RULE.id)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
