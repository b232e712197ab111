import { existsSync } from 'node:fs';

/** The browser binary to drive: the one `envVar` names, or the first usual path that exists; null when none. */
export function findBinary(envVar: string, usualPaths: readonly string[]): string | null {
  const given = process.env[envVar];
  if (given) return existsSync(given) ? given : null;
  return usualPaths.find((p) => existsSync(p)) ?? null;
}

/**
 * Whether `name`'s browser tests can run here. Without its browser they are skipped, with the reason,
 * except under CI=true, where a missing browser is a failure: CI must never pass without running them.
 */
export function binaryOrSkip(name: string, path: string | null, hint: string): { path: string | null; skip: boolean } {
  if (path) return { path, skip: false };
  if (process.env.CI === 'true') throw new Error(`CI=true but no ${name} found: ${hint}`);
  console.warn(`[${name} tests skipped] no ${name} found: ${hint}`);
  return { path: null, skip: true };
}
