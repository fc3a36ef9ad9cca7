import { describe, expect, test } from 'vitest';
import { apply, buildRules, check, newGame, observe, toArray, type Action, type GameState, type Side } from '../../src/rules';
import { BotMinds, sendable, type ThinkRequest } from '../../src/app/botMinds';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { quietGame } from '../rules/helpers';

/** A question as the worker gets it: copied by the structured clone postMessage uses, the ruleset sent with the first only. */
function asked(state: GameState, level: string, first: boolean): ThinkRequest {
  const side = state.active;
  return structuredClone({ id: 1, rulesId: 7, ...(first ? { rules: state.rules } : {}), level, side, gameSeed: state.seed, observation: sendable(observe(state, side)) });
}

/** Plays `count` actions with the worker's bots, each asked only its own side's observation. */
function playWith(minds: BotMinds, level: string, count: number): { actions: Action[]; sides: Side[] } {
  let state = newGame(buildRules(builtinScenario()), 'bot-minds');
  const actions: Action[] = [];
  const sides: Side[] = [];
  for (let k = 0; k < count && state.phase !== 'over'; k++) {
    const action = minds.think(asked(state, level, k === 0));
    expect(check(state, action)).toBeNull();
    sides.push(state.active);
    actions.push(action);
    const r = apply(state, action);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return { actions, sides };
}

describe('the bots as the bot worker keeps them', () => {
  test('a long game\'s observation crosses whole: every chapter of its log, in order', () => {
    const game = quietGame(builtinScenario(), 200);
    const obs = observe(game, 'coalition');
    expect(toArray(obs.log).length).toBeGreaterThan(2000);
    const crossed = structuredClone(sendable(obs));
    expect(crossed.log).toEqual(toArray(obs.log));
    expect(crossed.regions).toEqual(obs.regions);
  });

  test('each bot answers a legal action for its own side, and plays the same game again from the same observations', () => {
    const a = playWith(new BotMinds(), 'greedy', 40);
    expect(a.actions.every((action, k) => action.side === a.sides[k])).toBe(true);
    expect(playWith(new BotMinds(), 'greedy', 40).actions).toEqual(a.actions);
  });

  test('the search bot thinks a fixed number of iterations, not a time: the same observations give the same answers', () => {
    const a = playWith(new BotMinds(), 'search', 4);
    expect(playWith(new BotMinds(), 'search', 4).actions).toEqual(a.actions);
  }, 60_000);

  test('a question naming a ruleset the worker was never sent is refused, not answered from another game', () => {
    const state = newGame(buildRules(builtinScenario()), 'bot-minds');
    expect(() => new BotMinds().think(asked(state, 'greedy', false))).toThrow(/never sent/);
  });
});
