import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { count, emptyTally, failed, mutantAt, mutantFile, prepare, type Verdict } from './fuzz-check';
import type { FuzzReply, FuzzRequest } from './fuzz-worker';
import { progress } from './progress';

const USAGE = 'Usage: npm run fuzz -- [--seed S] [--mutants N] [--first I] [--workers W] [--timeout SECONDS] [--out DIR]';

/** A worker thread running fuzz-worker.ts through tsx's loader (registered in the thread: Node 20 does not pass the parent's on). */
function spawn(): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./fuzz-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/** --out names a folder that is there (or can be made in one that is) and can be written in. */
function checkFolder(path: string): void {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
    if (!isDir) throw new UsageError(`--out ${path} is a file; name a folder for the failing mutants.`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  try {
    accessSync(isDir ? path : dirname(path), constants.W_OK);
  } catch {
    throw new UsageError(`--out ${path}: cannot write there (no such folder, or permission denied).`);
  }
}

interface Finding {
  index: number;
  file: string;
  ops: string[];
  verdict: Verdict;
}

/**
 * Judges mutants first..first+count-1 across worker threads, one at a time
 * per worker, each under a time limit: a worker that does not answer in time
 * is stopped, its mutant counted as a hang, and a fresh worker carries on.
 */
async function judge(seed: string, first: number, total: number, workers: number, timeoutMs: number, onVerdict: (f: Finding) => void): Promise<void> {
  let next = first;
  const end = first + total;
  const lane = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = spawn();
      let current = -1;
      let timer: NodeJS.Timeout | null = null;
      const feed = () => {
        if (next >= end) {
          void worker.terminate();
          return resolve();
        }
        current = next++;
        timer = setTimeout(() => {
          onVerdict({ index: current, file: '(see --first)', ops: [], verdict: { kind: 'hang', detail: `no verdict within ${timeoutMs / 1000} s` } });
          worker.removeAllListeners();
          void worker.terminate();
          lane().then(resolve, reject);
        }, timeoutMs);
        worker.postMessage({ kind: 'mutant', index: current } satisfies FuzzRequest);
      };
      worker.on('message', (reply: FuzzReply) => {
        if (reply.kind === 'ready') return feed();
        if (timer) clearTimeout(timer);
        onVerdict({ index: reply.index, file: reply.file, ops: reply.ops, verdict: reply.verdict });
        feed();
      });
      worker.on('error', (e) => {
        if (timer) clearTimeout(timer);
        if (current >= 0) onVerdict({ index: current, file: '(see --first)', ops: [], verdict: { kind: 'crash', detail: `the worker died: ${e.message}` } });
        worker.removeAllListeners();
        lane().then(resolve, reject);
      });
      // The corpus is built in the worker; the time limit starts with the first mutant.
      worker.postMessage({ kind: 'start', seed } satisfies FuzzRequest);
    });
  await Promise.all(Array.from({ length: workers }, lane));
}

/**
 * `npm run fuzz`: mutants of real saves and replays (fuzz-check.ts, mutate.ts),
 * each refused with a sentence or played to its end; the counts, and each
 * crash, hang or unplayable file with what was done to it. Exit 1 on any.
 */
await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    seed: { type: 'string' },
    mutants: { type: 'string' },
    first: { type: 'string' },
    workers: { type: 'string' },
    timeout: { type: 'string' },
    out: { type: 'string' },
  });
  const seed = seedFlag(values.seed, 'fuzz');
  const mutants = intFlag('mutants', values.mutants, 10_000, 1, 10_000_000);
  const first = intFlag('first', values.first, 0, 0, 1_000_000_000);
  const workers = intFlag('workers', values.workers, Math.max(1, availableParallelism()), 1, 64);
  const timeout = intFlag('timeout', values.timeout, 60, 1, 3600);
  const out = values.out ?? 'test-results/fuzz';
  // A folder named with --out must be one we can write in before the run; the default one is made when needed.
  if (values.out !== undefined) checkFolder(out);
  const started = performance.now();
  const tally = emptyTally();
  const findings: Finding[] = [];
  const bar = progress(mutants);
  await judge(seed, first, mutants, Math.min(workers, mutants), timeout * 1000, (f) => {
    count(tally, f.verdict);
    if (f.verdict.kind !== 'refused' && f.verdict.kind !== 'accepted') findings.push(f);
    bar?.(tally.mutants);
  });
  const seconds = (performance.now() - started) / 1000;
  const files = prepare().files;
  process.stdout.write(
    `Fuzz (seed "${seed}", mutants ${first} to ${first + mutants - 1} of ${files.length} real files): mutants ${tally.mutants}, refused ${tally.refused}, accepted ${tally.accepted}, crashes ${tally.crashes}, hangs ${tally.hangs}, unplayable ${tally.unplayable}; ${seconds.toFixed(1)} s\n`,
  );
  if (findings.length === 0) return;
  mkdirSync(out, { recursive: true });
  const fuzzing = prepare(files);
  for (const f of findings.sort((a, b) => a.index - b.index)) {
    const m = mutantAt(fuzzing, seed, f.index);
    const path = mutantFile(out, m);
    writeFileSync(path, m.text);
    process.stdout.write(`${f.verdict.kind.toUpperCase()} mutant ${f.index} of ${m.file.name} (${m.ops.join('; ')}${m.reseal ? '; hash resealed' : ''}): ${f.verdict.detail} [${path}]\n`);
  }
  if (failed(tally) > 0) process.exitCode = 1;
});
