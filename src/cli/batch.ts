/**
 * Bot-vs-bot batches across worker threads. Game i of a batch always plays
 * seed `${seed}:${i}` with bots seeded from it, so the records are the same
 * whatever the number of workers; they come back ordered by index.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createBot, playGame, type BotLevel, type BotOptions, type PlayedGame } from '../ai';
import { SIDES, type Scenario, type Side } from '../rules';

/** One game of a batch: its index and seed, and how it ended (the played game without its final state). */
export type GameRecord = { index: number; seed: string } & Omit<PlayedGame, 'state'>;

export interface BatchOptions {
  scenario: Scenario;
  seed: string;
  games: number;
  /** Worker threads; 0 or 1 plays in this thread. Defaults to the machine's cores. */
  workers?: number;
  levels: Record<Side, BotLevel>;
  /** Per-level bot options (search budget), the same for every game. */
  botOptions?: Partial<Record<BotLevel, BotOptions>>;
  /** Games done so far, after each game. */
  onProgress?: (done: number, total: number) => void;
  /** First game index (a slice of a larger batch); defaults to 0. */
  first?: number;
}

/** One game of a batch: the same record wherever it runs. */
export function playRecord(scenario: Scenario, batchSeed: string, index: number, levels: Record<Side, BotLevel>, botOptions: BatchOptions['botOptions'] = {}): GameRecord {
  const seed = `${batchSeed}:${index}`;
  const bots = {
    coalition: createBot(levels.coalition, 'coalition', seed, botOptions[levels.coalition]),
    regime: createBot(levels.regime, 'regime', seed, botOptions[levels.regime]),
    islamicState: createBot(levels.islamicState, 'islamicState', seed, botOptions[levels.islamicState]),
  };
  const { state: _final, ...ending } = playGame(scenario, seed, bots);
  return { index, seed, ...ending };
}

/** Messages between the batch and its workers. */
export type WorkerRequest =
  | { kind: 'start'; scenario: Scenario; seed: string; levels: Record<Side, BotLevel>; botOptions: BatchOptions['botOptions'] }
  | { kind: 'games'; indexes: number[] }
  | { kind: 'stop' };
export type WorkerReply = { kind: 'record'; record: GameRecord } | { kind: 'error'; index: number; message: string };

export async function runBatch(opts: BatchOptions): Promise<GameRecord[]> {
  const { scenario, seed, games, levels, onProgress } = opts;
  const first = opts.first ?? 0;
  const workers = Math.max(0, Math.min(opts.workers ?? availableParallelism(), games));
  const records: GameRecord[] = new Array(games);
  if (workers <= 1) {
    for (let k = 0; k < games; k++) {
      records[k] = playRecord(scenario, seed, first + k, levels, opts.botOptions);
      onProgress?.(k + 1, games);
      // Let progress output and signals through on long single-thread batches.
      if ((k & 63) === 63) await new Promise((r) => setImmediate(r));
    }
    return records;
  }
  let next = 0;
  let done = 0;
  const chunk = Math.max(1, Math.min(16, Math.floor(games / (workers * 16))));
  const pool = Array.from({ length: workers }, () => spawn());
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Games go out in small chunks: fewer round trips, and still an even finish.
            let owed = 0;
            const feed = () => {
              if (owed > 0) return;
              if (next >= games) return resolve();
              const indexes: number[] = [];
              while (indexes.length < chunk && next < games) indexes.push(first + next++);
              owed = indexes.length;
              worker.postMessage({ kind: 'games', indexes } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              if (reply.kind === 'error') return reject(new Error(`Game ${seed}:${reply.index} failed in a worker: ${reply.message}`));
              records[reply.record.index - first] = reply.record;
              owed--;
              onProgress?.(++done, games);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0 && next < games) reject(new Error(`A batch worker exited with code ${code}.`));
            });
            worker.postMessage({ kind: 'start', scenario, seed, levels, botOptions: opts.botOptions ?? {} } satisfies WorkerRequest);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return records;
}

/**
 * The worker is TypeScript: a small bootstrap registers tsx's loader in the
 * worker thread (Node 20 does not pass the parent's loader hooks on), then
 * imports it. Works under `npx tsx` and under vitest alike.
 */
function spawn(): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true });
}

export { SIDES };
