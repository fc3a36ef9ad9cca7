import { describe, expect, test } from 'vitest';
import { createBot } from '../../src/ai';
import { evaluate } from '../../src/ai/evaluate';
import { FEATURE_COUNT, OUTLOOK_FEATURES, outlookFeatures } from '../../src/ai/outlook';
import { OUTLOOK_WEIGHTS } from '../../src/ai/outlook-weights';
import { botRng } from '../../src/ai/rng';
import { calibration, fitLogistic, predict } from '../../src/cli/logistic';
import { apply, buildRules, newGame, observe, SIDES, type GameState, type Leader } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());

/** Greedy play from the start to the Coalition's operations on `turn`. */
function midGame(seed: string, turn: number): GameState {
  let state = newGame(rules, seed);
  const bots = Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])) as Record<string, ReturnType<typeof createBot>>;
  while (!(state.turn === turn && state.phase === 'operations' && state.active === 'coalition')) {
    const r = apply(state, bots[state.active]!.choose(observe(state, state.active)));
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

/** The same state with every leader at large caught by `by` where he stands. */
function allCaughtBy(state: GameState, by: 'coalition' | 'regime'): GameState {
  const leaders = state.leaders.map((l): Leader => (l.status === 'atLarge' ? { id: l.id, status: 'captured', at: l.at, by, how: 'raid', turn: state.turn } : l));
  return { ...state, leaders };
}

describe('the outlook evaluation', () => {
  test('has one weight per feature for every side', () => {
    for (const s of SIDES) expect(OUTLOOK_WEIGHTS[s]).toHaveLength(FEATURE_COUNT);
    expect(new Set(OUTLOOK_FEATURES).size).toBe(FEATURE_COUNT);
  });

  test('every feature of real positions is finite and of modest size', () => {
    for (const seed of ['a', 'b', 'c']) {
      const f = outlookFeatures(midGame(seed, 6));
      for (let k = 0; k < FEATURE_COUNT; k++) {
        expect(Number.isFinite(f[k]!), OUTLOOK_FEATURES[k]).toBe(true);
        expect(Math.abs(f[k]!), OUTLOOK_FEATURES[k]).toBeLessThan(10);
      }
    }
  });

  test('a hunter rates a position higher when it has caught the leaders, and Islamic State lower', () => {
    for (const seed of ['d', 'e', 'f']) {
      const state = midGame(seed, 5);
      const byCoalition = allCaughtBy(state, 'coalition');
      const byRegime = allCaughtBy(state, 'regime');
      expect(evaluate(byCoalition, 'coalition')).toBeGreaterThan(evaluate(state, 'coalition'));
      expect(evaluate(byRegime, 'regime')).toBeGreaterThan(evaluate(state, 'regime'));
      expect(evaluate(byCoalition, 'islamicState')).toBeLessThan(evaluate(state, 'islamicState'));
      expect(evaluate(byRegime, 'islamicState')).toBeLessThan(evaluate(state, 'islamicState'));
      // Captures count for their captor (§9): the Regime's catch is the Coalition's rival, not its gain.
      expect(evaluate(byRegime, 'coalition')).toBeLessThan(evaluate(byCoalition, 'coalition'));
    }
  });

  test('a finished game is worth 1 to its winner and 0 to the others', () => {
    const state = midGame('g', 3);
    const over: GameState = { ...state, phase: 'over', result: { winner: 'regime', reason: 'margin', turn: 3, margins: [0, 5, 0], leaders: [0, 0, 9], leaderValue: 9, routed: false } };
    expect(evaluate(over, 'regime')).toBe(1);
    expect(evaluate(over, 'coalition')).toBe(0);
  });
});

describe('the logistic fit behind it', () => {
  test('recovers the weights that generated the labels, and predicts better than the base rate', () => {
    const rng = botRng('logistic');
    const truth = [-0.5, 2, -1.5];
    const x: Float64Array[] = [];
    const y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const row = Float64Array.of(1, rng.next() * 2 - 1, rng.next() * 2 - 1);
      x.push(row);
      y.push(rng.next() < predict(row, truth) ? 1 : 0);
    }
    const labels = Uint8Array.from(y);
    const w = fitLogistic({ x, y: labels }, 0);
    truth.forEach((t, k) => expect(Math.abs(w[k]! - t)).toBeLessThan(0.15));
    const base = y.reduce((a, b) => a + b, 0) / y.length;
    const fitted = calibration(x.map((r) => predict(r, w)), labels);
    const constant = calibration(x.map(() => base), labels);
    expect(fitted.logLoss).toBeLessThan(constant.logLoss);
  });
});
