export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** One measure's figures over the pairs, and what went wrong in any of them. */
export interface Series {
  readonly without: number[];
  readonly with: number[];
  readonly failures: string[];
}

/** Every measure of a run, by key ("a", "d-2000", "f1", ...). */
export type Samples = Map<string, Series>;

export function series(samples: Samples, key: string): Series {
  let s = samples.get(key);
  if (!s) samples.set(key, (s = { without: [], with: [], failures: [] }));
  return s;
}

export interface Paired {
  readonly without: number;
  readonly with: number;
  /** The median of the pairs' ratios, with over without: each pair ran at the same time, on the same load. */
  readonly ratio: number;
  /** The lowest and highest ratio of a pair: how noisy the machine was. */
  readonly spread: readonly [number, number];
  readonly pairs: number;
}

export function paired(s: Series): Paired {
  const ratios = s.with.map((w, i) => w / (s.without[i] as number));
  return {
    without: median(s.without),
    with: median(s.with),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
    pairs: ratios.length,
  };
}
