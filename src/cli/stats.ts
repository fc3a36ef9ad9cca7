/** The statistics the reports print: Wilson intervals for win rates, and paired differences over the same seeds. */

const Z = 1.959963984540054; // two-sided 95%

/** Wilson score interval for k successes in n trials, as fractions. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const denom = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / denom;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Mean and normal 95% interval of per-game differences (each −1, 0 or 1): a paired comparison of two bots on the same seeds. */
export function pairedDifference(diffs: readonly number[]): { mean: number; low: number; high: number } {
  const n = diffs.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1) : 0;
  const half = Z * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

const pct1 = (x: number) => (100 * x).toFixed(1);

/** "38.3% [36.1, 40.4]". */
export function shareText(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  return `${pct1(k / (n || 1))}% [${pct1(lo)}, ${pct1(hi)}]`;
}

/** Points with a sign, the minus a true minus: "+11.0", "−5.5". */
export const pointsText = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`;

/** A paired difference in points with its interval: "+11.0 [+2.8, +19.2]". */
export const differenceText = (d: { mean: number; low: number; high: number }): string => `${pointsText(d.mean)} [${pointsText(d.low)}, ${pointsText(d.high)}]`;

/** Per-game differences (1, 0 or −1) between two bots' wins over the same seeds, game by game. */
export const pairedWins = (a: readonly boolean[], b: readonly boolean[]) => pairedDifference(a.map((w, i) => Number(w) - Number(b[i])));
