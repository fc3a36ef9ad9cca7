import { createBot, type Bot } from '../../src/ai';
import { apply, newGame, observe, SIDES, type Action, type GameState, type Ruleset, type Side } from '../../src/rules';

/** A greedy bot in every seat, seeded by `seed`. */
export const greedyBots = (seed: string): Record<Side, Bot> => Object.fromEntries(SIDES.map((s) => [s, createBot('greedy', s, seed)])) as Record<Side, Bot>;

/** The side to act plays its bot's choice; an illegal one fails the test. */
export function step(state: GameState, bots: Record<Side, Bot>, seen: (a: Action) => void = () => {}): GameState {
  const action = bots[state.active].choose(observe(state, state.active));
  seen(action);
  const next = apply(state, action);
  if (!next.ok) throw new Error(`${state.active} played an illegal ${action.type}: ${next.error.message}`);
  return next.state;
}

/** Plays `seed` with `bots` until `stop` holds or the game is over, each action legal; `seen` gets every action played. */
export function playUntil(rules: Ruleset, seed: string, bots: Record<Side, Bot>, stop: (g: GameState) => boolean, seen: (a: Action) => void = () => {}): GameState {
  let state = newGame(rules, seed);
  while (state.phase !== 'over' && !stop(state)) state = step(state, bots, seen);
  return state;
}
