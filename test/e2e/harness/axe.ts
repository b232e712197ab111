import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * axe-core's serious and critical findings in `page`, within `include` (an axe context: a shadow
 * host's selector covers its open shadow tree). Fails when axe checked nothing at all.
 */
export async function seriousViolations(page: Page, include?: string[][]): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension pages' CSP does not apply to it.
  await page.evaluate(AXE);
  const { violations, passes } = (await page.evaluate(
    async (context) =>
      (window as unknown as { axe: { run(c: unknown): Promise<unknown> } }).axe.run(context ?? document),
    include ? { include } : null,
  )) as { violations: Violation[]; passes: unknown[] };
  if (passes.length === 0) throw new Error('axe checked nothing: wrong context?');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
