/**
 * `npm run bench`: engine and bot throughput on the built-in scenario, one
 * core unless stated. Printed, never asserted. Flags: --games N (the batch
 * size, default 2000), --quick (smaller samples).
 */
import { Bench } from 'tinybench';
import { createBot, playGame, type Bot, type BotLevel } from '../ai';
import { DEFAULT_HORIZON, SearchBot } from '../ai/search';
import { apply, hash, legalActions, newGame, SIDES, view, type Action, type GameState, type Side } from '../rules';
import { compileScenario } from '../scenario';
import { builtinScenario, seedText } from '../scenario/builtin-file';
import { intFlag, parseFlags, run } from './args';
import { runBatch } from './batch';

const USAGE = 'Usage: npm run bench -- [--games N] [--quick]';

interface Sample {
  state: GameState;
  action: Action;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
const line = (label: string, value: string, target?: string) =>
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}${target ? `   ${target}` : ''}\n`);
const verdict = (value: number, target: number, more = true) => `target ${more ? '≥' : '≤'} ${fmt(target)} ${(more ? value >= target : value <= target) ? 'met' : 'MISSED'}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function greedyBots(seed: string): Record<Side, Bot> {
  return {
    coalition: createBot('greedy', 'coalition', seed),
    regime: createBot('greedy', 'regime', seed),
    islamicState: createBot('greedy', 'islamicState', seed),
  };
}

/** States and the actions taken in them, from whole greedy games: what `apply` sees in real play. */
function sampleStates(scenario: ReturnType<typeof builtinScenario>, games: number): Sample[] {
  const out: Sample[] = [];
  for (let g = 0; g < games; g++) {
    const { state } = playGame(scenario, `bench:${g}`, greedyBots(`bench:${g}`));
    // Replay the log to recover every intermediate state.
    let replay = newGame(scenario, `bench:${g}`);
    for (const action of state.actions.flat()) {
      out.push({ state: replay, action });
      const r = apply(replay, action);
      if (!r.ok) throw new Error(`bench replay diverged: ${r.error.message}`);
      replay = r.state;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseFlags(process.argv.slice(2), { games: { type: 'string' }, quick: { type: 'boolean' } });
  const quick = values.quick ?? false;
  const batchGames = intFlag('games', values.games, quick ? 200 : 2000, 1, 1_000_000);
  const scenario = builtinScenario();
  const time = quick ? 300 : 1000;

  process.stdout.write(`${scenario.title}: ${scenario.regions.length} regions, ${scenario.leaders.length} leaders, ${scenario.turns} turns\n\n`);
  const samples = sampleStates(scenario, quick ? 5 : 20);
  const states = samples.map((s) => s.state);
  const views = states.map((s) => view(s, s.active));

  let i = 0;
  const bench = new Bench({ time, warmupTime: 200 });
  bench
    .add('apply', () => {
      const s = samples[i++ % samples.length]!;
      apply(s.state, s.action);
    })
    .add('legalActions', () => {
      const s = states[i++ % states.length]!;
      legalActions(s, s.active);
    })
    .add('view', () => {
      const s = states[i++ % states.length]!;
      view(s, SIDES[i % 3]!);
    })
    .add('hash', () => {
      hash(states[i++ % states.length]!);
    });
  await bench.run();
  const perSecond = (name: string) => {
    const task = bench.tasks.find((t) => t.name === name)!;
    const r = task.result as unknown as { throughput?: { mean: number }; hz?: number };
    return r.throughput?.mean ?? r.hz ?? 0;
  };
  process.stdout.write(`Engine, on ${fmt(samples.length)} states sampled from greedy games:\n`);
  line('apply / s', fmt(perSecond('apply')), verdict(perSecond('apply'), 500_000));
  line('legalActions / s', fmt(perSecond('legalActions')));
  line('view / s', fmt(perSecond('view')));
  line('hash / s', fmt(perSecond('hash')));

  // Whole games, random against random.
  const randomGames = quick ? 100 : 400;
  let t0 = performance.now();
  for (let g = 0; g < randomGames; g++) {
    const bots = Object.fromEntries(SIDES.map((s) => [s, createBot('random', s, `r:${g}`)])) as Record<Side, Bot>;
    playGame(scenario, `r:${g}`, bots);
  }
  const gamesPerSecond = randomGames / ((performance.now() - t0) / 1000);
  line('random vs random games / s', fmt(gamesPerSecond), verdict(gamesPerSecond, 1000));

  // Search iterations per second, at a fixed budget, on sampled operations views, per side
  // (each side plays out as far as its default horizon: see DEFAULT_HORIZON in src/ai/search.ts).
  const opsViews = views.filter((v) => v.phase === 'operations');
  let allIterations = 0;
  let allSeconds = 0;
  for (const side of SIDES) {
    const mine = opsViews.filter((v) => v.active === side);
    const probe = mine.filter((_, k) => k % Math.max(1, Math.floor(mine.length / (quick ? 8 : 25))) === 0);
    let iterations = 0;
    t0 = performance.now();
    probe.forEach((v, k) => {
      const bot = createBot('search', side, `it:${k}`, { iterations: 100 }) as SearchBot;
      bot.choose(v);
      iterations += bot.lastIterations;
    });
    const seconds = (performance.now() - t0) / 1000;
    allIterations += iterations;
    allSeconds += seconds;
    line(`search iterations / s, ${side} (${DEFAULT_HORIZON[side]})`, fmt(iterations / seconds));
  }
  const itPerSecond = allIterations / allSeconds;
  line('search iterations / s, all sides', fmt(itPerSecond), verdict(itPerSecond, 20_000));

  // Decision time per level, over views from real games where the bot has a choice.
  process.stdout.write('\nDecision time (ms), default budgets:\n');
  const decisionViews = views.filter((_, k) => k % Math.max(1, Math.floor(views.length / (quick ? 40 : 150))) === 0);
  for (const level of ['random', 'greedy', 'search'] as BotLevel[]) {
    const times: number[] = [];
    decisionViews.forEach((v, k) => {
      const bot = createBot(level, v.active, `d:${k}`);
      const start = performance.now();
      bot.choose(v);
      times.push(performance.now() - start);
    });
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    line(`${level}: p50 / p95`, `${percentile(times, 50).toFixed(3)} / ${p95.toFixed(3)}`, level === 'search' ? verdict(p95, 250, false) : undefined);
  }

  // A greedy batch on one worker, then two.
  process.stdout.write(`\nBatch of ${fmt(batchGames)} greedy games:\n`);
  const levels = { coalition: 'greedy', regime: 'greedy', islamicState: 'greedy' } as const;
  const seconds: number[] = [];
  for (const workers of [1, 2]) {
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await runBatch({ scenario, seed: 'bench', games: batchGames, workers, levels });
    seconds.push((performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    line(`${workers} worker${workers > 1 ? 's' : ''}: seconds (games / s)`, `${seconds.at(-1)!.toFixed(1)} (${fmt(batchGames / seconds.at(-1)!)})`);
    // CPU time of the whole process, V8's garbage-collector and compiler threads included:
    // one worker (this thread) already keeps more than one core busy.
    line(`  CPU seconds, all threads`, ((cpu.user + cpu.system) / 1e6).toFixed(1));
  }
  line('speed-up, 2 workers over 1', `${(seconds[0]! / seconds[1]!).toFixed(2)}x`);

  // The compiler on a long document: extractors must stay linear in its length.
  process.stdout.write('\nScenario compiler:\n');
  const seed = seedText();
  for (const copies of [1, 100]) {
    const text = Array(copies).fill(seed).join('\n\n');
    t0 = performance.now();
    compileScenario(text);
    line(`compile ${copies}× the seed document (${Math.round(text.length / 1000)} kB): ms`, (performance.now() - t0).toFixed(0));
  }
}

await run(USAGE, main);
