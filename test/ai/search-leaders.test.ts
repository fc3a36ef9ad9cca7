import { describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/ai';
import { botRng } from '../../src/ai/rng';
import { SearchBot } from '../../src/ai/search';
import { apply, buildRules, check, newGame, observe, SIDES, type Action, type GameState, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const greedy = (seed: string) => Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])) as Record<Side, Bot>;

/** Plays `seed` with `bots` until `stop` holds or the game is over, each action legal; `seen` gets every action played. */
function playUntil(seed: string, bots: Record<Side, Bot>, stop: (g: GameState) => boolean, seen: (a: Action) => void = () => {}): GameState {
  let state = newGame(rules, seed);
  while (state.phase !== 'over' && !stop(state)) {
    const action = bots[state.active].choose(observe(state, state.active));
    seen(action);
    const next = apply(state, action);
    if (!next.ok) throw new Error(`${state.active} played an illegal ${action.type}: ${next.error.message}`);
    state = next.state;
  }
  return state;
}

describe("Islamic State's leader phase, searched (BotOptions.searchLeaders)", () => {
  it('plays a legal leader move found by its playouts; without the option the greedy flight plan answers and no playout runs', () => {
    const state = playUntil('search-leaders', greedy('search-leaders'), (g) => g.phase === 'leaders');
    expect(state.phase).toBe('leaders');
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
    const bots = { ...greedy(seed), islamicState: new SearchBot('islamicState', botRng(seed), { iterations: 40, searchLeaders: true }) };
    let leaderMoves = 0;
    const end = playUntil(seed, bots, () => false, (a) => {
      if (a.type === 'moveLeader') leaderMoves++;
    });
    expect(end.phase).toBe('over');
    expect(leaderMoves).toBeGreaterThan(0);
  });
});
