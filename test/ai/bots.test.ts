import { describe, expect, test } from 'vitest';
import { createBot, playGame, type Bot, type BotLevel } from '../../src/ai';
import { runBatch } from '../../src/cli/batch';
import { botRng } from '../../src/ai/rng';
import {
  apply,
  buildRules,
  legalActions,
  newGame,
  observe,
  Resampler,
  SIDES,
  type Action,
  type GameState,
  type Observation,
  type Side,
} from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { fixtureScenario } from '../fixtures/scenario';

const scenario = fixtureScenario();
const rules = buildRules(scenario);
const LEVELS: BotLevel[] = ['random', 'greedy', 'search'];

function bots(levels: Record<Side, BotLevel>, seed: string): Record<Side, Bot> {
  return {
    coalition: createBot(levels.coalition, 'coalition', seed, { iterations: 40 }),
    regime: createBot(levels.regime, 'regime', seed, { iterations: 40 }),
    islamicState: createBot(levels.islamicState, 'islamicState', seed, { iterations: 40 }),
  };
}
const all = (level: BotLevel): Record<Side, BotLevel> => ({ coalition: level, regime: level, islamicState: level });

/** Greedy play from the start until `side`'s operations on `turn`. */
function operationsOf(side: Side, seed: string, turn: number): GameState {
  let state = newGame(rules, seed);
  const players = bots(all('greedy'), seed);
  while (!(state.turn === turn && state.phase === 'operations' && state.active === side)) {
    if (state.phase === 'over') throw new Error('the game ended before the wanted turn');
    const r = apply(state, players[state.active].choose(observe(state, state.active)));
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

/** Where each leader at large stands in a full state. */
const places = (state: GameState) => state.leaders.map((l) => (l.status === 'atLarge' ? l.at : null));

/** Two worlds the rules' Resampler finds consistent with `obs` whose leaders stand in different places. */
function twoWorlds(obs: Observation): [GameState, GameState] {
  const resampler = new Resampler(obs);
  expect(resampler.consistent).toBe(true);
  const random = botRng('worlds');
  const one = resampler.sample(() => random.next());
  for (let k = 0; k < 200; k++) {
    const two = resampler.sample(() => random.next());
    if (JSON.stringify(places(two)) !== JSON.stringify(places(one))) return [one, two];
  }
  throw new Error('every sample put the leaders in the same places');
}

describe('bots', () => {
  test.each(LEVELS)('%s bots play whole games of legal moves, the same game twice from the same seeds', (level) => {
    const a = playGame(rules, 'det-1', bots(all(level), 'det-1'));
    const b = playGame(rules, 'det-1', bots(all(level), 'det-1'));
    expect(a.state.phase).toBe('over');
    expect(b.state.actions).toEqual(a.state.actions);
    expect(b.winner).toBe(a.winner);
  });

  test.each(LEVELS)('a %s bot answers with one of the legal actions of its observation', (level) => {
    const state = operationsOf('coalition', 'legal-1', 3);
    for (const side of SIDES) {
      if (side !== state.active) continue;
      const choice = createBot(level, side, 'x', { iterations: 30 }).choose(observe(state, side));
      expect(legalActions(observe(state, side), side)).toContainEqual(choice);
    }
  });

  const seeing: [BotLevel, Side][] = [...LEVELS.map((l): [BotLevel, Side] => [l, 'coalition']), ['search', 'regime']];
  test.each(seeing)('a %s %s bot chooses the same whatever the hidden leaders do (no cheating)', (level, side) => {
    const state = operationsOf(side, 'cheat-1', 4);
    const seen = observe(state, side);
    const hidden = state.leaders.filter((l) => l.status === 'atLarge' && !l.revealed);
    expect(hidden.length).toBeGreaterThan(0);
    // Move every hidden leader somewhere else: the side's observation must not change, nor its choice.
    const elsewhere: GameState = {
      ...state,
      leaders: state.leaders.map((l) => {
        if (l.status !== 'atLarge' || l.revealed) return l;
        const other = rules.ids.find((id) => id !== l.at && id !== 'tabqa')!;
        return { ...l, at: other };
      }),
    };
    expect(elsewhere.leaders).not.toEqual(state.leaders);
    expect(observe(elsewhere, side)).toEqual(seen);
    // And two worlds the rules themselves find consistent with what the side has seen.
    const [one, two] = twoWorlds(seen);
    expect(observe(one, side)).toEqual(seen);
    expect(observe(two, side)).toEqual(seen);
    for (const seed of ['s1', 's2', 's3']) {
      const choice = (g: GameState) => createBot(level, side, seed, { iterations: 60 }).choose(observe(g, side));
      const here = choice(state);
      expect(choice(elsewhere)).toEqual(here);
      expect(choice(one)).toEqual(here);
      expect(choice(two)).toEqual(here);
    }
  });

  test('a greedy Coalition bot searches only where the rules believe a leader may be', () => {
    let searches = 0;
    for (let g = 0; g < 6; g++) {
      let state = newGame(rules, `belief-${g}`);
      const players = bots(all('greedy'), `belief-${g}`);
      while (state.phase !== 'over') {
        const side = state.active;
        const obs = observe(state, side);
        const action: Action = players[side].choose(obs);
        if (side === 'coalition' && action.type === 'search') {
          searches++;
          const region = rules.index.get(action.region)!;
          const beliefs = new Resampler(obs).beliefs();
          const weight = (r: number) => beliefs.reduce((sum, b) => sum + (b.probs[b.regions.indexOf(r)] ?? 0), 0);
          const anyWeight = rules.ids.some((_, r) => weight(r) > 0);
          // A region the belief rules out is searched only when it rules out everything.
          if (anyWeight) expect(weight(region), `turn ${state.turn}: search of ${action.region}`).toBeGreaterThan(0);
        }
        const r = apply(state, action);
        if (!r.ok) throw new Error(r.error.message);
        state = r.state;
      }
    }
    expect(searches).toBeGreaterThan(0);
  });

  test('greedy beats random on every side of the built-in scenario, against greedy opponents (fixed seeds)', () => {
    const seedRules = buildRules(builtinScenario());
    // 60, not 40: with the rules' sharper beliefs the greedy Coalition wins more and the Regime's
    // greedy lead over random shows on fewer of the first games (4 to 0 of 40, 8 to 0 of 60).
    const games = 60;
    for (const side of SIDES) {
      const wins = (level: BotLevel) => {
        let n = 0;
        for (let i = 0; i < games; i++) {
          const levels = { ...all('greedy'), [side]: level };
          if (playGame(seedRules, `gvr:${i}`, bots(levels, `gvr:${i}`)).winner === side) n++;
        }
        return n;
      };
      const greedy = wins('greedy');
      const random = wins('random');
      // Fixed seeds make this exact; the margin keeps it meaningful, not lucky.
      expect(greedy, `${side}: greedy ${greedy} vs random ${random} wins of ${games}`).toBeGreaterThanOrEqual(random + 5);
    }
  });
});

describe('batches', () => {
  test('the records are the same with one worker or two, ordered by index', async () => {
    const opts = { scenario, seed: 'batch', games: 6, levels: { coalition: 'greedy', regime: 'random', islamicState: 'greedy' } as const };
    const one = await runBatch({ ...opts, workers: 1 });
    const two = await runBatch({ ...opts, workers: 2 });
    expect(two).toEqual(one);
    expect(one.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(one.map((r) => r.seed)).toEqual(['batch:0', 'batch:1', 'batch:2', 'batch:3', 'batch:4', 'batch:5']);
    for (const r of one) expect(r.leadersCaptured + r.leadersAtLarge).toBe(scenario.leaders.length);
  });
});
