import { accessSync, constants, mkdirSync } from 'node:fs';

/** Where Chromium on Linux reads mandatory policy, at start; writing it needs root (CI runs as root). */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Null when policy files can be written here, else why not. */
export function policyWritable(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch {
    return `cannot write ${POLICY_DIR} (run as root, as CI does)`;
  }
}
