import { describe, expect, test } from 'vitest';
import { createBot, playGame, type Bot } from '../../src/ai';
import { LeaderFilter } from '../../src/ai/belief';
import { apply, buildRules, newGame, NUMBERS, observe, Resampler, SIDES, toArray, type GameState, type LeaderBelief, type Observation, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());

const greedy = (seed: string): Record<Side, Bot> => Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])) as Record<Side, Bot>;

/** Every state of a greedy game where the Coalition opens an operations phase, with its observation. */
function coalitionPhases(seed: string): { state: GameState; obs: Observation }[] {
  const { state: end } = playGame(rules, seed, greedy(seed));
  const out: { state: GameState; obs: Observation }[] = [];
  let state = newGame(rules, seed);
  let opening = true;
  for (const action of toArray(end.actions)) {
    if (opening && state.phase === 'operations' && state.active === 'coalition') out.push({ state, obs: observe(state, 'coalition') });
    opening = action.type === 'endPhase';
    const r = apply(state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return out;
}

const positions = [0, 1, 2, 3].flatMap((g) => coalitionPhases(`belief-test:${g}`));
const probOf = (b: LeaderBelief, r: number) => b.probs[b.regions.indexOf(r)] ?? 0;

describe('LeaderFilter (src/ai/belief.ts)', () => {
  test('rules out exactly what the rules rule out, and sums to one per leader', () => {
    let hidden = 0;
    for (const { obs } of positions) {
      const resampler = new Resampler(obs);
      const ours = new LeaderFilter(obs, resampler).beliefs();
      const theirs = resampler.beliefs();
      expect(ours.map((b) => b.leader)).toEqual(theirs.map((b) => b.leader));
      ours.forEach((b, k) => {
        if (obs.leaders[b.leader]!.status === 'hidden') hidden++;
        expect(b.probs.reduce((a, p) => a + p, 0)).toBeCloseTo(1, 9);
        // The same support: the soft evidence reweighs flights, never forbids one the hard evidence allows.
        expect([...b.regions].sort((x, y) => x - y)).toEqual([...theirs[k]!.regions].sort((x, y) => x - y));
      });
    }
    expect(hidden).toBeGreaterThan(100);
  });

  test('a week without a report makes a leader that sat still less likely than the rules say', () => {
    // Early in the game nearly all leaders sit at or near their start: the filter moves weight off staying put.
    let lower = 0;
    let cases = 0;
    for (const { state, obs } of positions.filter((p) => p.state.turn >= 3 && p.state.turn <= 6)) {
      const resampler = new Resampler(obs);
      const ours = new LeaderFilter(obs, resampler).beliefs();
      const theirs = resampler.beliefs();
      ours.forEach((b, k) => {
        if (obs.leaders[b.leader]!.status !== 'hidden' || state.leaders[b.leader]!.status !== 'atLarge') return;
        const start = rules.index.get(rules.scenario.leaders[b.leader]!.startOptions[0]!)!;
        cases++;
        if (probOf(b, start) < probOf(theirs[k]!, start)) lower++;
      });
    }
    expect(cases).toBeGreaterThan(20);
    expect(lower / cases).toBeGreaterThan(0.5);
  });

  test('gives the true region more probability than the rules, over these games', () => {
    let ours = 0;
    let theirs = 0;
    for (const { state, obs } of positions) {
      const resampler = new Resampler(obs);
      const mine = new LeaderFilter(obs, resampler).beliefs();
      resampler.beliefs().forEach((b, k) => {
        const truth = state.leaders[b.leader]!;
        if (obs.leaders[b.leader]!.status !== 'hidden' || truth.status !== 'atLarge') return;
        const r = rules.index.get(truth.at)!;
        theirs += probOf(b, r);
        ours += probOf(mine[k]!, r);
      });
    }
    expect(ours).toBeGreaterThan(theirs);
  });

  test('samples worlds that agree with the observation, leaders where the belief allows, heat in range', () => {
    let x = 0.1234;
    const random = () => (x = (x * 9301 + 0.49297) % 1);
    for (const { obs } of positions.filter((_, k) => k % 7 === 0)) {
      const resampler = new Resampler(obs);
      const filter = new LeaderFilter(obs, resampler);
      const beliefs = filter.beliefs();
      for (let i = 0; i < 5; i++) {
        const world = filter.sample(random);
        expect(world.regions).toBe(obs.regions);
        expect(world.turn).toBe(obs.turn);
        expect(observe(world, 'coalition').leaders).toEqual(obs.leaders);
        world.leaders.forEach((l, li) => {
          if (l.status !== 'atLarge') return;
          expect(l.heat).toBeGreaterThanOrEqual(0);
          expect(l.heat).toBeLessThanOrEqual(NUMBERS.maxHeat);
          const b = beliefs.find((x) => x.leader === li)!;
          expect(probOf(b, rules.index.get(l.at)!)).toBeGreaterThan(0);
        });
      }
    }
  });

  test('the search bot hunts by it and plays legal games, and by the rules\' belief on request', () => {
    for (const belief of ['filter', 'rules'] as const) {
      const seed = `belief-bot:${belief}`;
      const bots = { ...greedy(seed), coalition: createBot('search', 'coalition', seed, { iterations: 12, belief }) };
      const game = playGame(rules, seed, bots);
      expect(game.state.phase).toBe('over');
    }
  });
});
