/**
 * `npm run bench`: engine and bot throughput on the built-in scenario, one
 * core unless stated. Printed, never asserted. Flags: --games N (the batch
 * size, default 6000), --quick (smaller samples, shorter batches), --search
 * (the search figures and decision times only).
 *
 * The package scripts that play bots (bench, sim, compare, manhunt, gauntlet,
 * soak) run Node with a 64 MB semi-space (`--max-semi-space-size=64`): a
 * playout allocates a state per action and keeps almost none, and with V8's
 * default young generation the scavenges took a fifth of a search's time.
 */
import { createBot, playGame, type Bot, type BotLevel } from '../ai';
import { DEFAULT_HORIZON, SearchBot } from '../ai/search';
import {
  apply,
  buildRules,
  describe,
  hash,
  legalActions,
  newGame,
  observe,
  SIDES,
  toArray,
  type Action,
  type GameEvent,
  type GameState,
  type Observation,
  type Ruleset,
  type Side,
} from '../rules';
import { compileScenario } from '../scenario';
import { builtinScenario, seedText } from '../scenario/builtin-file';
import { intFlag, parseFlags, run } from './args';
import { runBatch } from './batch';
import { allocatedBytes, fmt, line, percentile, rateLine, throughput, verdict } from './measure';

const USAGE = 'Usage: npm run bench -- [--games N] [--quick] [--search]';

interface Sample {
  state: GameState;
  action: Action;
}

/** An event and a side that saw it: what the viewer's log shows. */
interface Seen {
  event: GameEvent;
  viewer: Side;
}

const botsOf = (level: BotLevel, seed: string): Record<Side, Bot> => ({
  coalition: createBot(level, 'coalition', seed),
  regime: createBot(level, 'regime', seed),
  islamicState: createBot(level, 'islamicState', seed),
});

/**
 * Whole greedy games, replayed from their actions to recover every state and
 * the action taken in it (what `apply` sees in real play), and every event
 * each side saw, from its own history.
 */
function sampleGames(rules: Ruleset, games: number): { samples: Sample[]; seen: Seen[] } {
  const samples: Sample[] = [];
  const seen: Seen[] = [];
  for (let g = 0; g < games; g++) {
    const { state } = playGame(rules, `bench:${g}`, botsOf('greedy', `bench:${g}`));
    let replay = newGame(rules, `bench:${g}`);
    for (const action of toArray(state.actions)) {
      samples.push({ state: replay, action });
      const r = apply(replay, action);
      if (!r.ok) throw new Error(`bench replay diverged: ${r.error.message}`);
      replay = r.state;
    }
    SIDES.forEach((viewer, k) => {
      for (const chapter of toArray(state.seen[k]!)) for (const event of chapter.events) seen.push({ event, viewer });
    });
  }
  return { samples, seen };
}

/** `count` random-vs-random games, the bots made afresh for each. */
function randomGames(rules: Ruleset, count: number, prefix: string): number {
  for (let g = 0; g < count; g++) playGame(rules, `${prefix}:${g}`, botsOf('random', `${prefix}:${g}`));
  return count;
}

/** The engine's figures: apply, legalActions, observe, describe and hash, then whole random games. */
function engineFigures(rules: Ruleset, samples: Sample[], states: GameState[], seen: Seen[], budget: number, reps: number, quick: boolean): void {
  process.stdout.write(
    `Engine, on ${fmt(samples.length)} states from greedy games (calls ÷ time over batches of ~${budget} ms, best of ${reps}; wall clock, then CPU time):\n`,
  );
  // The last result is kept where the compiler cannot see it die, so no call is optimized away (escape
  // analysis could drop an unread observation), yet no result outlives the next call: keeping them all
  // would make the young-generation collector copy thousands of live states and time that instead.
  const sink: { last: unknown } = { last: null };
  const applyRate = throughput(
    samples.length,
    () => {
      let ok = 0;
      for (const s of samples) {
        const r = apply(s.state, s.action);
        if (r.ok) ok++;
        sink.last = r;
      }
      return ok;
    },
    budget,
    reps,
  );
  rateLine('apply / s', applyRate, 1_000_000);
  const legalRate = throughput(
    states.length,
    () => {
      let k = 0;
      for (const s of states) {
        sink.last = legalActions(s, s.active);
        k++;
      }
      return k;
    },
    budget,
    reps,
  );
  rateLine('legalActions / s', legalRate);
  const observeRate = throughput(
    states.length * 3,
    () => {
      let k = 0;
      for (const s of states) {
        for (const side of SIDES) {
          sink.last = observe(s, side);
          k++;
        }
      }
      return k;
    },
    budget,
    reps,
  );
  rateLine('observe / s', observeRate, 1_000_000);
  const describeRate = throughput(
    seen.length,
    () => {
      let k = 0;
      for (const { event, viewer } of seen) {
        sink.last = describe(event, viewer, rules);
        k++;
      }
      return k;
    },
    budget,
    reps,
  );
  rateLine(`describe / s (${fmt(seen.length)} events seen)`, describeRate, 1_000_000);
  const hashed = states.filter((_, k) => k % 10 === 0);
  const hashRate = throughput(
    hashed.length,
    () => {
      let k = 0;
      for (const s of hashed) {
        sink.last = hash(s);
        k++;
      }
      return k;
    },
    budget,
    reps,
  );
  rateLine('hash / s', hashRate);

  // Whole games, random against random, bots included: what a batch of random games costs.
  const perBatch = quick ? 100 : 300;
  let round = 0;
  const gameRate = throughput(perBatch, () => randomGames(rules, perBatch, `r${round++}`), budget * 2, reps);
  rateLine('random vs random games / s', gameRate, 1_500);
  const measured = quick ? 100 : 400;
  const bytes = allocatedBytes(() => randomGames(rules, measured, 'alloc'));
  line('  allocated per game, KiB', fmt(bytes / measured / 1024), `over ${measured} games`);
}

async function main(): Promise<void> {
  const { values } = parseFlags(process.argv.slice(2), { games: { type: 'string' }, quick: { type: 'boolean' }, search: { type: 'boolean' } });
  const quick = values.quick ?? false;
  const searchOnly = values.search ?? false;
  // 6,000 greedy games: about 17 s on one worker. At 2,000 (5 s) the second worker's start (the bundle
  // built, two threads loading and compiling it) was a fifth of the run, and the figure measured that.
  const batchGames = intFlag('games', values.games, quick ? 200 : 6000, 1, 1_000_000);
  const scenario = builtinScenario();
  const rules = buildRules(scenario);
  const budget = quick ? 150 : 500;
  const reps = quick ? 3 : 5;

  process.stdout.write(`${scenario.title}: ${scenario.regions.length} regions, ${scenario.leaders.length} leaders, ${scenario.turns} turns\n\n`);
  const { samples, seen } = sampleGames(rules, quick ? 5 : 20);
  const states = samples.map((s) => s.state);
  const observations = states.map((s) => observe(s, s.active));

  if (!searchOnly) engineFigures(rules, samples, states, seen, budget, reps, quick);

  // Search iterations per second, at a fixed budget, on sampled operations observations, per side
  // (each side plays out as far as its default horizon: see DEFAULT_HORIZON in src/ai/search.ts).
  // One untimed pass over every side's probe first, as the engine figures warm up: the first
  // thousands of playouts run in V8's lower tiers, which a game of search decisions leaves at once.
  const opsViews = observations.filter((v) => v.phase === 'operations');
  const probes = SIDES.map((side) => {
    const mine = opsViews.filter((v) => v.active === side);
    return mine.filter((_, k) => k % Math.max(1, Math.floor(mine.length / (quick ? 8 : 25))) === 0);
  });
  const searchProbe = (side: Side, probe: readonly Observation[], prefix: string): number => {
    let iterations = 0;
    probe.forEach((v, k) => {
      const bot = createBot('search', side, `${prefix}:${k}`, { iterations: 100 }) as SearchBot;
      bot.choose(v);
      iterations += bot.lastIterations;
    });
    return iterations;
  };
  SIDES.forEach((side, s) => searchProbe(side, probes[s]!, 'warm'));
  // Then each side's probe `reps` times, the same decisions each time; the best batch is the one the machine's other users disturbed least.
  let allIterations = 0;
  let allSeconds = 0;
  let allCpu = 0;
  SIDES.forEach((side, s) => {
    let best = { iterations: 0, seconds: Infinity, cpuSeconds: Infinity };
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const iterations = searchProbe(side, probes[s]!, 'it');
      const cpu = process.cpuUsage(cpu0);
      const seconds = (performance.now() - t0) / 1000;
      if (seconds < best.seconds) best = { iterations, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
    }
    allIterations += best.iterations;
    allSeconds += best.seconds;
    allCpu += best.cpuSeconds;
    rateLine(`search iterations / s, ${side} (${DEFAULT_HORIZON[side]})`, { wall: best.iterations / best.seconds, cpu: best.iterations / best.cpuSeconds });
  });
  rateLine('search iterations / s, all sides', { wall: allIterations / allSeconds, cpu: allIterations / allCpu }, 20_000);

  // Decision time per level, over observations from real games where the bot has a choice: by the
  // wall clock, and by this process's CPU time (what the decision cost when others share the machine).
  process.stdout.write('\nDecision time (ms), default budgets, wall clock and CPU time:\n');
  const decisionViews = observations.filter((_, k) => k % Math.max(1, Math.floor(observations.length / (quick ? 40 : 150))) === 0);
  for (const level of ['random', 'greedy', 'search'] as BotLevel[]) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    decisionViews.forEach((v, k) => {
      const bot = createBot(level, v.active, `d:${k}`);
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      bot.choose(v);
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpu0);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    });
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const cpuP95 = percentile(cpuTimes, 95);
    line(`${level}: p50 / p95`, `${percentile(times, 50).toFixed(3)} / ${p95.toFixed(3)}`, level === 'search' ? verdict(p95, 250, false) : undefined);
    line(`  CPU p50 / p95`, `${percentile(cpuTimes, 50).toFixed(3)} / ${cpuP95.toFixed(3)}`, level === 'search' ? verdict(cpuP95, 250, false) : undefined);
  }

  if (searchOnly) return;
  // Greedy batches on one worker and on two, in turn, three times each: on a shared machine one pair of runs
  // swings from 1.2x to 2.0x, so the figure is the ratio of the medians, beside each run.
  process.stdout.write(`\nBatch of ${batchGames.toLocaleString('en-US')} greedy games, on 1 and 2 workers in turn, ${quick ? 1 : 3} times each:\n`);
  const levels = { coalition: 'greedy', regime: 'greedy', islamicState: 'greedy' } as const;
  const batches: Record<1 | 2, { wall: number; cpu: number }[]> = { 1: [], 2: [] };
  for (let rep = 0; rep < (quick ? 1 : 3); rep++) {
    for (const workers of [1, 2] as const) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      await runBatch({ scenario, seed: 'bench', games: batchGames, workers, levels });
      const cpu = process.cpuUsage(cpu0);
      // CPU time of the whole process, V8's garbage-collector and compiler threads included:
      // one worker (this thread) already keeps more than one core busy.
      batches[workers].push({ wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 });
    }
  }
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  const seconds: number[] = [];
  for (const workers of [1, 2] as const) {
    const wall = median(batches[workers].map((r) => r.wall));
    seconds.push(wall);
    line(`${workers} worker${workers > 1 ? 's' : ''}: median seconds (games / s)`, `${wall.toFixed(1)} (${fmt(batchGames / wall)})`);
    line(`  each run: seconds`, batches[workers].map((r) => r.wall.toFixed(1)).join(' '));
    line(`  CPU seconds, all threads, median`, median(batches[workers].map((r) => r.cpu)).toFixed(1));
  }
  line('speed-up, 2 workers over 1 (medians)', `${(seconds[0]! / seconds[1]!).toFixed(2)}x`, quick ? undefined : verdict(seconds[0]! / seconds[1]!, 1.7, true));

  // The compiler on a long document: extractors must stay linear in its length.
  process.stdout.write('\nScenario compiler:\n');
  const seed = seedText();
  // Warm-up: the first compile loads wink-nlp's model and chrono's parsers; the targets are for warm compiles.
  for (let i = 0; i < 5; i++) compileScenario(seed);
  const runs = 20;
  // Wall time is what a player waits; CPU time (the whole process's) beside it, since the machine is shared.
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) compileScenario(seed);
  const warm = (performance.now() - t0) / runs;
  const warmCpu = cpuMs(process.cpuUsage(c0)) / runs;
  line(`compile the seed document (3 kB), warm: ms`, `${warm.toFixed(1)}   CPU ${warmCpu.toFixed(1)}`, verdict(warm, 20, false));
  const big = Array(Math.ceil(500_000 / seed.length)).fill(seed).join('\n\n').slice(0, 500_000);
  t0 = performance.now();
  c0 = process.cpuUsage();
  compileScenario(big);
  const long = performance.now() - t0;
  const longCpu = cpuMs(process.cpuUsage(c0));
  line(`compile a 500,000-character document: ms`, `${long.toFixed(0)}   CPU ${longCpu.toFixed(0)}`, verdict(long, 1000, false));
}

await run(USAGE, main);
