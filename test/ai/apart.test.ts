import { describe, expect, it } from 'vitest';
import { greedyChoice } from '../../src/ai';
import { botRng } from '../../src/ai/rng';
import { apply, buildRules, newGame, observe, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { greedyBots, playUntil, step } from './play';

const rules = buildRules(builtinScenario());

/**
 * Plays Islamic State's leader phase from `state` by the greedy flight plan
 * with `apart`, and counts the regions where two leaders or more stayed put.
 */
function pilesOfStayers(state: GameState, apart: number, seed: string): number {
  const rng = botRng(seed);
  const moved = new Set<string>();
  let g = state;
  while (g.phase === 'leaders') {
    const action = greedyChoice(observe(g, 'islamicState'), 'islamicState', rng, { apart });
    if (action.type === 'moveLeader') moved.add(action.leader);
    const next = apply(g, action);
    if (!next.ok) throw new Error(`an illegal ${action.type}: ${next.error.message}`);
    g = next.state;
  }
  const stayed = new Map<string, number>();
  for (const l of state.leaders) if (l.status === 'atLarge' && !moved.has(l.id)) stayed.set(l.at, (stayed.get(l.at) ?? 0) + 1);
  return [...stayed.values()].filter((k) => k >= 2).length;
}

/** Every leader phase of greedy games on the built-in map: the piles of stayers the flight plan with `apart` would leave in each. */
function pilesOverGames(apart: number): number {
  let piles = 0;
  for (let game = 0; game < 6; game++) {
    const seed = `apart:${game}`;
    const bots = greedyBots(seed);
    let state = newGame(rules, seed);
    let phases = 0;
    while (state.phase !== 'over') {
      if (state.phase === 'leaders' && state.active === 'islamicState' && state.leaders.every((l) => l.status !== 'atLarge' || !l.moved)) {
        piles += pilesOfStayers(state, apart, `${seed}:${phases++}`);
      }
      state = step(state, bots);
    }
  }
  return piles;
}

describe("the flight plan's push apart (BotOptions.apart)", () => {
  it('without it, leaders pile up where they stay; with a strong one, no two leaders stay in one region', () => {
    expect(pilesOverGames(0)).toBeGreaterThan(0);
    expect(pilesOverGames(100)).toBe(0);
  });
});

describe('search-no-apart.ts as a bot module', () => {
  it('loads through the plug-in API and plays a legal leader phase', async () => {
    const factory = (await import('../../src/ai/levels/search-no-apart')).default as import('../../src/ai/bot').BotFactory;
    let state = playUntil(rules, 'search-no-apart', greedyBots('search-no-apart'), (g) => g.phase === 'leaders');
    const bot = factory({ side: 'islamicState', rng: botRng('search-no-apart:islamicState'), options: { iterations: 20 } });
    while (state.phase === 'leaders') {
      const action = bot.choose(observe(state, 'islamicState'));
      const r = apply(state, action);
      expect(r.ok, JSON.stringify(action)).toBe(true);
      if (!r.ok) return;
      state = r.state;
    }
  });
});
