import { NUMBERS } from './numbers';
import type { Position } from './observe';
import { SIDES, type Side } from './scenario';
import type { GameState, Result, Strengths, WinReason } from './state';

export type Outcome = { status: 'running' } | { status: 'over'; result: Result };

export function outcome(game: Position): Outcome {
  return game.result ? { status: 'over', result: game.result } : { status: 'running' };
}

/** Leader value caught by the Coalition, by the Regime, and still at large (indexed like SIDES). Public: who is caught is never secret. */
export function leaderTally(game: Position): Strengths {
  const out: [number, number, number] = [0, 0, 0];
  const defs = game.rules.scenario.leaders;
  for (let i = 0; i < game.leaders.length; i++) {
    const l = game.leaders[i]!;
    const value = defs[i]!.value;
    if (l.status !== 'captured') out[2] += value;
    else if (l.by === 'coalition') out[0] += value;
    else if (l.by === 'regime') out[1] += value;
  }
  return out;
}

export function valleyTowns(game: Position, side: Side): number {
  let n = 0;
  for (const i of game.rules.valley) if (game.regions[i]!.control === side) n++;
  return n;
}

/**
 * Each side's victory margin (§9), from the board alone, so every side sees
 * all three at all times: the Coalition and the Regime score the leaders they
 * caught themselves and their objective; Islamic State its leaders still at
 * large; the Regime and Islamic State also the valley towns they hold.
 */
export function margins(game: Position): Strengths {
  const [coalition, regime, atLarge] = leaderTally(game);
  const { center, hold } = game.rules;
  return [
    NUMBERS.marginLeader * coalition + (game.regions[center]!.control === 'coalition' ? NUMBERS.marginObjective : 0),
    NUMBERS.marginLeader * regime + (game.regions[hold]!.control === 'regime' ? NUMBERS.marginObjective : 0) + NUMBERS.marginTown * valleyTowns(game, 'regime'),
    NUMBERS.marginLeader * atLarge + NUMBERS.marginTown * valleyTowns(game, 'islamicState'),
  ];
}

/** The Coalition wins at once holding its objective with more than half the leadership's value caught by itself (al-Baghdadi counts double). */
export function coalitionWins(game: Position): boolean {
  return game.regions[game.rules.center]?.control === 'coalition' && leaderTally(game)[0] * 4 > game.rules.leaderValue * 3;
}

export function resultOf(state: GameState, winner: Side | null, reason: WinReason): Result {
  return { winner, reason, turn: state.turn, margins: margins(state), leaders: leaderTally(state), leaderValue: state.rules.leaderValue };
}

/** The verdict at the end of the last turn: the highest margin; a tie goes to the tied side with more leader value (caught, or at large for Islamic State); still tied, a draw. */
export function finalResult(state: GameState): Result {
  const m = margins(state);
  const tally = leaderTally(state);
  const best = Math.max(...m);
  let tied = SIDES.filter((_, k) => m[k] === best);
  if (tied.length > 1) {
    const most = Math.max(...tied.map((s) => tally[SIDES.indexOf(s)]!));
    tied = tied.filter((s) => tally[SIDES.indexOf(s)] === most);
  }
  return tied.length === 1 ? resultOf(state, tied[0]!, 'margin') : resultOf(state, null, 'tie');
}
