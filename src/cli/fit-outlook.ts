/**
 * `npm run fit-outlook`: fits the search bot's evaluation (src/ai/outlook.ts)
 * to who actually won. Plays seeded games between greedy bots (a third of
 * them with one decision in ten taken at random, so the fit also sees
 * positions greedy play avoids), takes every position where the phase
 * changes, and fits one logistic model per side on the outlook features with
 * the game's winner as the label. Games are split by seed: four in five to
 * fit, one in five to test. Prints the test log-loss of the new fit next to
 * the evaluation in use (the committed weights), and with --write saves the
 * new weights to src/ai/outlook-weights.ts.
 */
import { writeFileSync } from 'node:fs';
import { createBot, type Bot } from '../ai';
import { evaluate } from '../ai/evaluate';
import { FEATURE_COUNT, OUTLOOK_FEATURES, outlookFeatures } from '../ai/outlook';
import { apply, buildRules, legalActions, newGame, observe, SIDES, type GameState, type Side } from '../rules';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, seedFlag } from './args';
import { calibration, fitLogistic, predict, type Samples } from './logistic';
import { botRng } from '../ai/rng';

const USAGE = 'Usage: npm run fit-outlook -- [--games N] [--seed S] [--lambda L] [--write]';
const WEIGHTS_FILE = new URL('../ai/outlook-weights.ts', import.meta.url);

interface Split {
  x: Float64Array[];
  /** The side that won each row's game (null: a draw). */
  winner: (Side | null)[];
  /** The evaluation in use (the committed weights): its probability per side, for comparison. */
  old: [number[], number[], number[]];
}

const emptySplit = (): Split => ({ x: [], winner: [], old: [[], [], []] });

/** A bot that plays `inner`'s move for `side`, except one decision in `1/epsilon` made at random. */
function wander(inner: Bot, side: Side, epsilon: number, seed: string): Bot {
  const rng = botRng(`wander:${side}:${seed}`);
  return {
    choose(observation) {
      if (rng.next() < epsilon) {
        const legal = legalActions(observation, side);
        if (legal.length > 0) return legal[rng.int(legal.length)]!;
      }
      return inner.choose(observation);
    },
  };
}

await run(USAGE, () => {
  const { values } = parseFlags(process.argv.slice(2), {
    games: { type: 'string' },
    seed: { type: 'string' },
    lambda: { type: 'string' },
    write: { type: 'boolean' },
  });
  const games = intFlag('games', values.games, 2000, 10, 1_000_000);
  const seed = seedFlag(values.seed, 'outlook');
  const lambda = Number(values.lambda ?? '1');
  const rules = buildRules(builtinScenario());
  const train = emptySplit();
  const test = emptySplit();
  const started = performance.now();
  for (let g = 0; g < games; g++) {
    const gameSeed = `${seed}-${g}`;
    const epsilon = g % 3 === 2 ? 0.1 : 0;
    const bots = Object.fromEntries(SIDES.map((s) => [s, wander(createBot('greedy', s, gameSeed), s, epsilon, gameSeed)])) as Record<Side, Bot>;
    let state: GameState = newGame(rules, gameSeed);
    const positions: GameState[] = [];
    let last = '';
    while (state.phase !== 'over') {
      const key = `${state.turn}:${state.phase}:${state.active}`;
      if (key !== last) positions.push(state);
      last = key;
      const next = apply(state, bots[state.active].choose(observe(state, state.active)));
      if (!next.ok) throw new Error(`game ${gameSeed}: ${next.error.message}`);
      state = next.state;
    }
    const split = g % 5 === 4 ? test : train;
    for (const p of positions) {
      split.x.push(outlookFeatures(p));
      split.winner.push(state.result!.winner);
      SIDES.forEach((s, k) => split.old[k]!.push(evaluate(p, s)));
    }
    if (g % 100 === 99) process.stderr.write(`${g + 1}/${games} games, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const labels = (split: Split, side: Side): Uint8Array => Uint8Array.from(split.winner, (w) => (w === side ? 1 : 0));
  const weights: Record<string, number[]> = {};
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${games} games (${train.x.length} positions to fit, ${test.x.length} to test), lambda ${lambda}, seed "${seed}"`);
  console.log('side          base rate  test log-loss: fitted / in use   Brier: fitted / in use  accuracy: fitted / in use');
  for (const [k, side] of SIDES.entries()) {
    const data: Samples = { x: train.x, y: labels(train, side) };
    const w = fitLogistic(data, lambda);
    weights[side] = w;
    const y = labels(test, side);
    const fitted = calibration(test.x.map((x) => predict(x, w)), y);
    const inUse = calibration(test.old[k]!, y);
    const base = y.reduce((a, b) => a + b, 0) / Math.max(1, y.length);
    console.log(
      `${side.padEnd(13)} ${pct(base).padStart(9)}  ${fitted.logLoss.toFixed(4)} / ${inUse.logLoss.toFixed(4)}${' '.repeat(20)}${fitted.brier.toFixed(4)} / ${inUse.brier.toFixed(4)}      ${pct(fitted.accuracy)} / ${pct(inUse.accuracy)}`,
    );
  }
  console.log(`\n${'feature'.padEnd(26)}${SIDES.map((s) => s.padStart(14)).join('')}`);
  for (let f = 0; f < FEATURE_COUNT; f++) console.log(`${OUTLOOK_FEATURES[f]!.padEnd(26)}${SIDES.map((s) => weights[s]![f]!.toFixed(3).padStart(14)).join('')}`);
  if (values.write) {
    const body = SIDES.map((s) => `  ${s}: [${weights[s]!.map((x) => Number(x.toFixed(4))).join(', ')}],`).join('\n');
    writeFileSync(
      WEIGHTS_FILE,
      `import type { OutlookWeights } from './outlook';\n\n` +
        `/** Written by \`npm run fit-outlook -- --games ${games} --seed ${seed} --lambda ${lambda} --write\`: one logistic model per side, in OUTLOOK_FEATURES order. */\n` +
        `export const OUTLOOK_WEIGHTS: OutlookWeights = {\n${body}\n};\n`,
    );
    console.log(`\nWeights written to src/ai/outlook-weights.ts.`);
  }
});
