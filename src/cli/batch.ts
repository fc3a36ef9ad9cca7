/**
 * Bot-vs-bot batches across worker threads. Game i of a batch always plays
 * seed `${seed}:${i}` with bots seeded from it, so the records are the same
 * whatever the number of workers; they come back ordered by index. The
 * scenario is processed into a ruleset once per batch, and once per worker.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BotLevel } from '../ai';
import { buildRules, SIDES, type Scenario, type Side } from '../rules';
import { BotModuleError, loadSeats } from './bot-modules';
import { playRecord, type BatchBotOptions, type BatchSetup, type GameRecord, type WorkerReply, type WorkerRequest } from './game-record';
import { isModuleSeat, seatOf, type Seat } from './seats';

export { playRecord, type GameRecord, type WorkerReply, type WorkerRequest };

export interface BatchOptions {
  scenario: Scenario;
  seed: string;
  games: number;
  /** Worker threads; 0 or 1 plays in this thread. Defaults to the machine's cores. */
  workers?: number;
  /** Each side's bot: a level, a level with actions it never takes, or a bot module (seats.ts). */
  levels: Record<Side, BotLevel | Seat>;
  /** Per-level bot options (search budget), the same for every game. */
  botOptions?: BatchBotOptions;
  /** Continuations from the end of turn 10 to play for each game (continuations.ts); 0, the default, for none. */
  continuations?: number;
  /** Games done so far, after each game. */
  onProgress?: (done: number, total: number) => void;
  /** First game index (a slice of a larger batch); defaults to 0. */
  first?: number;
  /** Stops the batch early (Ctrl+C): no new game starts, games under way are dropped, and the finished ones are returned. */
  signal?: AbortSignal;
}

/** Per-level bot options from --iterations: a search budget when one was given (0: the search bot's default). */
export function searchBudget(iterations: number): BatchBotOptions {
  return iterations > 0 ? { search: { iterations } } : {};
}

/**
 * The records of the games a batch finished, ordered by index: all of them,
 * unless it was stopped early. Bot modules are loaded and tried here before
 * any game (a bad one is a BotModuleError), then again in each worker.
 */
export async function runBatch(opts: BatchOptions): Promise<GameRecord[]> {
  const { scenario, seed, games, onProgress, signal } = opts;
  const first = opts.first ?? 0;
  const setup: BatchSetup = {
    seats: Object.fromEntries(SIDES.map((s) => [s, seatOf(opts.levels[s])])) as Record<Side, Seat>,
    botOptions: opts.botOptions ?? {},
    continuations: opts.continuations ?? 0,
  };
  await loadSeats(setup.seats, setup.botOptions);
  const workers = Math.max(0, Math.min(opts.workers ?? availableParallelism(), games));
  const records: GameRecord[] = new Array(games);
  if (workers <= 1) {
    const rules = buildRules(scenario);
    for (let k = 0; k < games && !signal?.aborted; k++) {
      records[k] = playRecord(rules, seed, first + k, setup);
      onProgress?.(k + 1, games);
      // Let progress output and signals (Ctrl+C) through between games.
      await new Promise((r) => setImmediate(r));
    }
    return finished(records);
  }
  let next = 0;
  let done = 0;
  const chunk = Math.max(1, Math.min(16, Math.floor(games / (workers * 16))));
  // A bot module is TypeScript a worker imports at run time: such workers boot through tsx, the bundle cannot hold it.
  const source = SIDES.some((s) => isModuleSeat(setup.seats[s])) ? null : await workerSource();
  const pool = Array.from({ length: workers }, () => spawn(source));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Games go out in small chunks: fewer round trips, and still an even finish.
            let owed = 0;
            signal?.addEventListener('abort', () => resolve(), { once: true });
            const feed = () => {
              if (owed > 0) return;
              if (next >= games || signal?.aborted) return resolve();
              const indexes: number[] = [];
              while (indexes.length < chunk && next < games) indexes.push(first + next++);
              owed = indexes.length;
              worker.postMessage({ kind: 'games', indexes } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.kind === 'error') return reject(reply.botModule ? new BotModuleError(reply.message) : new Error(`Game ${seed}:${reply.index} failed in a worker: ${reply.message}`));
              records[reply.record.index - first] = reply.record;
              owed--;
              onProgress?.(++done, games);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0 && next < games) reject(new Error(`A batch worker exited with code ${code}.`));
            });
            worker.postMessage({ kind: 'start', scenario, seed, setup } satisfies WorkerRequest);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return finished(records);
}

/** The games that finished, in index order (a stopped batch leaves holes). */
function finished(records: GameRecord[]): GameRecord[] {
  return records.filter((r) => r !== undefined);
}

/**
 * The worker and the game code it imports as one plain JavaScript module,
 * built once per batch with esbuild (which tsx and vite both bring): workers
 * then load it without a TypeScript loader of their own and transpile
 * nothing. Packages (zod, seedrandom) stay out of the bundle and are imported
 * from node_modules by absolute URL, as Node would load them anyway. Null
 * when esbuild cannot be loaded or fails; workers then boot through tsx.
 */
async function workerSource(): Promise<string | null> {
  try {
    const esbuild = await import('esbuild');
    const packagesByUrl: import('esbuild').Plugin = {
      name: 'packages-by-url',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, async (args) => {
          if (args.pluginData === 'packages-by-url') return undefined;
          const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'packages-by-url' });
          if (found.errors.length > 0) return undefined; // esbuild reports it
          if (found.external || !found.path.includes(`${sep}node_modules${sep}`)) return found;
          return { path: pathToFileURL(found.path).href, external: true };
        });
      },
    };
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      plugins: [packagesByUrl],
      logLevel: 'silent',
    });
    return out.outputFiles[0]?.text ?? null;
  } catch {
    return null;
  }
}

/**
 * A worker running the bundle, as an ES module from a data: URL, without this
 * process's flags (under `npm run sim` they hold `--import tsx`, which would
 * boot tsx again in every worker). Without a bundle, a small bootstrap
 * registers tsx's loader in the worker thread (Node 20 does not pass the
 * parent's loader hooks on), then imports the worker's TypeScript. Works under
 * `npx tsx` and under vitest alike.
 */
function spawn(source: string | null): Worker {
  if (source !== null) return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { execArgv: [] });
  const api = (name: string) => pathToFileURL(createRequire(import.meta.url).resolve(name)).href.replace(/\.cjs$/, '.mjs');
  const worker = new URL('./worker.ts', import.meta.url).href;
  // Both of tsx's loaders: a bot module outside any package.json with "type": "module" is read as CommonJS first.
  const boot = `Promise.all([import(${JSON.stringify(api('tsx/esm/api'))}), import(${JSON.stringify(api('tsx/cjs/api'))})]).then(([esm, cjs]) => { esm.register(); cjs.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true });
}
