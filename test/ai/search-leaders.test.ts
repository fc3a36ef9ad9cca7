import { describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/ai';
import { botRng } from '../../src/ai/rng';
import { SearchBot } from '../../src/ai/search';
import { apply, buildRules, check, newGame, observe, SIDES, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());

/** The first leader phase of a greedy game. */
function leaderPhase(seed: string): GameState {
  const bots = Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)]));
  let state = newGame(rules, seed);
  while (state.phase !== 'leaders') {
    const next = apply(state, bots[state.active]!.choose(observe(state, state.active)));
    if (!next.ok) throw new Error(next.error.message);
    state = next.state;
  }
  return state;
}

describe("Islamic State's leader phase, searched (BotOptions.searchLeaders)", () => {
  it('plays a legal leader move found by its playouts; without the option the greedy flight plan answers and no playout runs', () => {
    const state = leaderPhase('search-leaders');
    const seen = observe(state, 'islamicState');
    const searched = new SearchBot('islamicState', botRng('a'), { iterations: 60, searchLeaders: true });
    const action = searched.choose(seen);
    expect(['moveLeader', 'endPhase']).toContain(action.type);
    expect(check(state, action)).toBeNull();
    expect(searched.lastIterations).toBeGreaterThan(0);
    const plan = new SearchBot('islamicState', botRng('a'), { iterations: 60 });
    expect(check(state, plan.choose(seen))).toBeNull();
    expect(plan.lastIterations).toBe(0);
  });

  it('plays a whole game to its end, each leader move legal', () => {
    const seed = 'search-leaders:game';
    const bots: Record<string, Bot> = { ...Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])), islamicState: new SearchBot('islamicState', botRng(seed), { iterations: 40, searchLeaders: true }) };
    let state = newGame(rules, seed);
    let leaderMoves = 0;
    while (state.phase !== 'over') {
      const action = bots[state.active]!.choose(observe(state, state.active));
      if (action.type === 'moveLeader') leaderMoves++;
      const next = apply(state, action);
      expect(next.ok).toBe(true);
      if (!next.ok) return;
      state = next.state;
    }
    expect(leaderMoves).toBeGreaterThan(0);
  });
});
