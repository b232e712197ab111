// Runs in the page (a bundle evaluated by the bench): the real scanner against a naive baseline,
// on the same DOM, in the same run.
import { compileCatalogue } from '../../src/core/catalogue';
import { evaluate } from '../../src/core/evaluate';
import { normalise } from '../../src/core/normalise';
import { PageIndex } from '../../src/core/page-index';
import { RULES } from '../../src/rules';

const catalogue = compileCatalogue(RULES);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naive = RULES.flatMap((r) => [...(r.when?.all.flat() ?? []), ...(r.targets ?? []).map((t) => t.text)]).map(
  (p) => new RegExp(`(^|[^a-z0-9])${escape(normalise(p))}($|[^a-z0-9])`),
);

function ours(): number {
  const index = new PageIndex(catalogue.phrases);
  index.scan(document.documentElement);
  return evaluate(catalogue, index, { document, site: 'saga', isEdge: true }).length;
}

function baseline(): number {
  const text = normalise(document.body.textContent ?? '');
  return naive.filter((re) => re.test(text)).length;
}

function time(run: () => number, times: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    out.push(performance.now() - start);
  }
  return out;
}

/** Adds a real error message at the end of the text: then every block is read, not just the text once. */
function addError(): void {
  const p = document.createElement('p');
  p.textContent = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";
  document.body.append(p);
}

(globalThis as unknown as { sagaBench: unknown }).sagaBench = {
  run: (times: number) => {
    const quiet = { ours: time(ours, times), naive: time(baseline, times) };
    addError();
    const error = { ours: time(ours, times), naive: time(baseline, times) };
    return { textBytes: (document.body.textContent ?? '').length, quiet, error };
  },
};
