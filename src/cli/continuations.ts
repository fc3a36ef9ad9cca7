/**
 * "Not settled early" (issue 11): is a game still open at the end of turn
 * SETTLE_TURN? The position is replayed from the game's own actions, then
 * played on several times with fresh dice and fresh bots of the same levels;
 * a game that was settled gives (nearly) every continuation the same winner.
 */
import type { Bot } from '../ai';
import { apply, newGame, observe, seedRng, SIDES, toArray, type GameState, type Side } from '../rules';
import { seatBot } from './bot-modules';
import type { BatchBotOptions } from './game-record';
import type { Seat } from './seats';

/** The turn whose end the continuations start from. */
export const SETTLE_TURN = 10;

/** How the continuations from the end of turn SETTLE_TURN ended: wins per side and draws. */
export interface Continuations {
  fromTurn: number;
  games: number;
  winners: Record<Side | 'draw', number>;
}

/** The game replayed to the end of `turn` (the apply that ended it), or null when the game never got there still running. */
export function positionAfter(game: GameState, turn: number): GameState | null {
  let state = newGame(game.rules, game.seed);
  for (const action of toArray(game.actions)) {
    const r = apply(state, action);
    if (!r.ok) throw new Error(`Game ${game.seed} did not replay: ${r.error.message}`);
    state = r.state;
    if (r.events.some((e) => e.type === 'turnEnded' && e.turn === turn)) return state.phase === 'over' ? null : state;
  }
  return null;
}

/** Plays a position to its end; an illegal choice is a bot bug and throws. */
export function playOn(start: GameState, bots: Record<Side, Bot>, maxActions = 20_000): GameState {
  let state = start;
  for (let count = 0; state.phase !== 'over'; count++) {
    if (count > maxActions) throw new Error(`A continuation of ${start.seed} ran past ${maxActions} actions.`);
    const side = state.active;
    const action = bots[side].choose(observe(state, side));
    const r = apply(state, action);
    if (!r.ok) throw new Error(`The ${side} bot chose an illegal action ${JSON.stringify(action)}: ${r.error.message}`);
    state = r.state;
  }
  return state;
}

/**
 * `count` continuations of `game` from the end of SETTLE_TURN. Continuation k
 * draws its remaining dice from `${seed}:cont:${k}` and its bots are seeded
 * from the same text, so it is the same wherever and whenever it runs.
 */
export function continueGame(game: GameState, seats: Record<Side, Seat>, botOptions: BatchBotOptions, count: number): Continuations | null {
  if (count <= 0) return null;
  const from = positionAfter(game, SETTLE_TURN);
  if (!from) return null;
  const winners: Record<Side | 'draw', number> = { coalition: 0, regime: 0, islamicState: 0, draw: 0 };
  for (let k = 0; k < count; k++) {
    const seed = `${game.seed}:cont:${k}`;
    const bots = Object.fromEntries(
      SIDES.map((side) => [side, seatBot(seats[side], side, seed, botOptions)]),
    ) as Record<Side, Bot>;
    const end = playOn({ ...from, rng: seedRng(seed) }, bots);
    winners[end.result?.winner ?? 'draw'] += 1;
  }
  return { fromTurn: SETTLE_TURN, games: count, winners };
}
