import { SIDES, apply, boardOf, view, type GameState, type Scenario, type Side, newGame } from '../rules';
import type { Bot } from './bot';

export interface LeaderFate {
  leader: string;
  region: string;
}

export interface PlayedGame {
  state: GameState;
  winner: Side | null;
  turns: number;
  reason: string;
  leadersEscaped: number;
  leadersCaptured: number;
  captures: LeaderFate[];
  escapes: LeaderFate[];
}

export interface PlayOptions {
  /** Stop a runaway game after this many actions (a bot bug, never a rule). */
  maxActions?: number;
}

/**
 * A whole game between bots. Each bot is handed only its side's view; an
 * illegal choice is a bot bug and throws with the bot's side and action.
 */
export function playGame(scenario: Scenario, seed: string, bots: Record<Side, Bot>, opts: PlayOptions = {}): PlayedGame {
  const max = opts.maxActions ?? 20000;
  let state = newGame(scenario, seed);
  let count = 0;
  while (state.phase !== 'over') {
    const side = state.active;
    const action = bots[side].choose(view(state, side));
    const result = apply(state, action);
    if (!result.ok) throw new Error(`The ${side} bot chose an illegal action ${JSON.stringify(action)}: ${result.error.message}`);
    state = result.state;
    if (++count > max) throw new Error(`Game ${seed} ran past ${max} actions.`);
  }
  return summarize(state);
}

/** Where leaders ended: neutralized (with the region of their last sighting) or at large in a held redoubt. */
export function summarize(state: GameState): PlayedGame {
  const board = boardOf(state.scenario);
  const captures: LeaderFate[] = [];
  const escapes: LeaderFate[] = [];
  for (const l of state.leaders) {
    if (l.status !== 'atLarge') captures.push({ leader: l.id, region: l.at ?? '' });
    else if (l.at !== null) {
      const i = board.index.get(l.at)!;
      if (board.redoubts.includes(i) && state.regions[i]!.control === 'islamicState') escapes.push({ leader: l.id, region: l.at });
    }
  }
  return {
    state,
    winner: state.result?.winner ?? null,
    turns: state.turn,
    reason: state.result?.reason ?? '',
    leadersEscaped: escapes.length,
    leadersCaptured: captures.length,
    captures,
    escapes,
  };
}

export { SIDES };
