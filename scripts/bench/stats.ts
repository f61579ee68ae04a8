/**
 * Statistics for the benchmark's timings. On a small shared machine a median of a few dozen opens
 * moves by several percent between runs (an A/A run of one build against itself gave 1.03), so
 * a ratio is printed with a bootstrap interval: how far it moves when the opens are resampled.
 */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A small seeded generator (mulberry32): the same opens give the same interval every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The `level` interval of median(a) ÷ median(b), resampling open i of both series together (an
 * A B pair ran back to back, under the same machine load).
 */
export function ratioInterval(a: number[], b: number[], level = 0.9, resamples = 2000): [number, number] {
  const n = Math.min(a.length, b.length);
  if (n === 0) return [Number.NaN, Number.NaN];
  const random = seeded(n);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const picks = Array.from({ length: n }, () => Math.floor(random() * n));
    ratios.push(median(picks.map((i) => a[i] as number)) / median(picks.map((i) => b[i] as number)));
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return [
    ratios[Math.floor(tail * resamples)] as number,
    ratios[Math.ceil((1 - tail) * resamples) - 1] as number,
  ];
}

/** The middle half of the values (their 25th and 75th percentiles): how far one round is from the next. */
export function middleHalf(values: number[]): [number, number] {
  if (values.length === 0) return [Number.NaN, Number.NaN];
  const sorted = [...values].sort((a, b) => a - b);
  return [
    sorted[Math.floor(sorted.length / 4)] as number,
    sorted[Math.ceil((3 * sorted.length) / 4) - 1] as number,
  ];
}
