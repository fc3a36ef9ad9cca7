import { describe, expect, it } from 'vitest';
import { botRng } from '../../src/ai/rng';
import { SearchBot } from '../../src/ai/search';
import { buildRules, check, observe } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { greedyBots, playUntil } from './play';

const rules = buildRules(builtinScenario());

describe("Islamic State's leader phase, searched (BotOptions.searchLeaders)", () => {
  it('plays a legal leader move found by its playouts; without the option the greedy flight plan answers and no playout runs', () => {
    const state = playUntil(rules, 'search-leaders', greedyBots('search-leaders'), (g) => g.phase === 'leaders');
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
    const bots = { ...greedyBots(seed), islamicState: new SearchBot('islamicState', botRng(seed), { iterations: 40, searchLeaders: true }) };
    let leaderMoves = 0;
    const end = playUntil(rules, seed, bots, () => false, (a) => {
      if (a.type === 'moveLeader') leaderMoves++;
    });
    expect(end.phase).toBe('over');
    expect(leaderMoves).toBeGreaterThan(0);
  });
});
