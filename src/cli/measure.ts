/** Timing and allocation measures for `npm run bench`. */
import { GCProfiler, getHeapStatistics } from 'node:v8';

/** Calls per second over a batch of calls, by the wall clock and by the process's CPU time. */
export interface Rate {
  wall: number;
  cpu: number;
}

/**
 * Calls ÷ total time over a batch of calls, the best of `reps` batches: the
 * figure a caller making many calls gets, unlike a mean of per-call rates,
 * which short calls inflate. `pass` makes `perPass` calls; a batch repeats it
 * to last about `budgetMs`, sized by the last of the untimed warm-up passes.
 * CPU time (process.cpuUsage) is the whole process's, V8's garbage-collector
 * threads included, so a CPU rate below the wall rate means those threads
 * helped; one above it means the machine was busy with others.
 * The best batch is the one least disturbed by the other users of the machine.
 */
export function throughput(perPass: number, pass: () => number, budgetMs: number, reps: number): Rate {
  // Warm up for as long as a batch lasts (twice at least): V8 tiers hot code up over the first thousands of calls.
  let passMs = 0;
  for (let warm = 0, started = performance.now(); warm < 2 || performance.now() - started < budgetMs; warm++) {
    const t = performance.now();
    pass();
    passMs = performance.now() - t;
  }
  const passes = Math.max(1, Math.round(budgetMs / Math.max(0.001, passMs)));
  let best: Rate = { wall: 0, cpu: 0 };
  for (let r = 0; r < reps; r++) {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    let done = 0;
    for (let p = 0; p < passes; p++) done += pass();
    const wall = (performance.now() - wall0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    if (done !== perPass * passes) throw new Error(`bench: a pass made ${done / passes} calls, not ${perPass}.`);
    const calls = perPass * passes;
    if (calls / wall > best.wall) best = { wall: calls / wall, cpu: calls / ((cpu.user + cpu.system) / 1e6) };
  }
  return best;
}

/** GCProfiler reports camelCase heap statistics (Node's typings name them in snake_case). */
const usedHeap = (stats: object): number => (stats as { usedHeapSize?: number }).usedHeapSize ?? 0;

/**
 * Bytes allocated on the JavaScript heap while `body` runs. The heap's used
 * size only grows between collections, by what is allocated, and each
 * collection lowers it by what it freed; so what was allocated is the sum of
 * every collection's drop (GCProfiler records the used size before and after
 * each one) plus the net growth from start to end. No sampling and no
 * estimate from object counts: every allocation is in one or the other.
 * Memory outside the V8 heap (ArrayBuffer contents) is not counted; the game
 * allocates none.
 */
export function allocatedBytes(body: () => void): number {
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  body();
  const { statistics } = profiler.stop();
  const after = getHeapStatistics().used_heap_size;
  let freed = 0;
  for (const gc of statistics) freed += usedHeap(gc.beforeGC.heapStatistics) - usedHeap(gc.afterGC.heapStatistics);
  return freed + after - before;
}

export const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** A figure, right-aligned, with a target verdict or a note after it. */
export const line = (label: string, value: string, note?: string) => process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}${note ? `   ${note}` : ''}\n`);

export const verdict = (value: number, target: number, more = true) =>
  `target ${more ? '≥' : '≤'} ${fmt(target)} ${(more ? value >= target : value <= target) ? 'met' : 'MISSED'}`;

/** A throughput line: calls per second by the wall clock, then by CPU time, then the verdict on the wall figure. */
export function rateLine(label: string, rate: Rate, target?: number): void {
  const cpu = `CPU ${fmt(rate.cpu)}`.padStart(16);
  line(label, fmt(rate.wall), target === undefined ? cpu : `${cpu}   ${verdict(rate.wall, target)}`);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
