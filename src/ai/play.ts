import { apply, buildRules, newGame, observe, type CaptureHow, type GameState, type Result, type Ruleset, type Scenario, type Side } from '../rules';
import type { Bot } from './bot';

export interface LeaderFate {
  leader: string;
  region: string;
}

export interface LeaderCapture extends LeaderFate {
  by: Side;
  how: CaptureHow;
  turn: number;
}

export interface PlayedGame {
  state: GameState;
  result: Result;
  winner: Side | null;
  turns: number;
  leadersEscaped: number;
  leadersCaptured: number;
  captures: LeaderCapture[];
  escapes: LeaderFate[];
}

export interface PlayOptions {
  /** Stop a runaway game after this many actions (a bot bug, never a rule). */
  maxActions?: number;
}

/**
 * A whole game between bots. Each bot is handed only its side's observation;
 * an illegal choice is a bot bug and throws with the bot's side and action.
 * Give a ruleset (`buildRules`) when playing many games of one scenario.
 */
export function playGame(scenario: Scenario | Ruleset, seed: string, bots: Record<Side, Bot>, opts: PlayOptions = {}): PlayedGame {
  const max = opts.maxActions ?? 20000;
  let state = newGame('digest' in scenario ? scenario : buildRules(scenario), seed);
  let count = 0;
  while (state.phase !== 'over') {
    const side = state.active;
    const action = bots[side].choose(observe(state, side));
    const result = apply(state, action);
    if (!result.ok) throw new Error(`The ${side} bot chose an illegal action ${JSON.stringify(action)}: ${result.error.message}`);
    state = result.state;
    if (++count > max) throw new Error(`Game ${seed} ran past ${max} actions.`);
  }
  return summarize(state);
}

/** How a finished game ended: the result, who caught which leader where, and the leaders at large in a held redoubt. */
export function summarize(state: GameState): PlayedGame {
  const { index, isRedoubt } = state.rules;
  const captures: LeaderCapture[] = [];
  const escapes: LeaderFate[] = [];
  for (const l of state.leaders) {
    if (l.status === 'captured') captures.push({ leader: l.id, region: l.at, by: l.by, how: l.how, turn: l.turn });
    else if (isRedoubt[index.get(l.at)!] && state.regions[index.get(l.at)!]!.control === 'islamicState') escapes.push({ leader: l.id, region: l.at });
  }
  const result = state.result!;
  return {
    state,
    result,
    winner: result.winner,
    turns: state.turn,
    leadersEscaped: escapes.length,
    leadersCaptured: captures.length,
    captures,
    escapes,
  };
}
