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
 * large; every side the valley towns it holds.
 */
export function margins(game: Position): Strengths {
  const [coalition, regime, atLarge] = leaderTally(game);
  const { center, hold } = game.rules;
  return [
    NUMBERS.marginLeader * coalition + (game.regions[center]!.control === 'coalition' ? NUMBERS.marginObjective : 0) + NUMBERS.marginTown * valleyTowns(game, 'coalition'),
    NUMBERS.marginLeader * regime + (game.regions[hold]!.control === 'regime' ? NUMBERS.marginObjective : 0) + NUMBERS.marginTown * valleyTowns(game, 'regime'),
    NUMBERS.marginLeader * atLarge + NUMBERS.marginTown * valleyTowns(game, 'islamicState'),
  ];
}

/** The Coalition wins at once holding its objective with more than three quarters of the leadership's value caught by itself (al-Baghdadi counts double). */
export function coalitionWins(game: Position): boolean {
  return game.regions[game.rules.center]?.control === 'coalition' && leaderTally(game)[0] * 4 > game.rules.leaderValue * 3;
}

export function resultOf(state: GameState, winner: Side | null, reason: WinReason, routed = false): Result {
  return { winner, reason, turn: state.turn, margins: margins(state), leaders: leaderTally(state), leaderValue: state.rules.leaderValue, routed };
}

/**
 * Islamic State has no fighters left on the map and none it could raise (an
 * empty pool, or no redoubt it holds to muster them in): nothing is left to
 * fight, and its leaders at large have slipped away (§9.4).
 */
export function routed(state: GameState): boolean {
  const { regions, rules } = state;
  if (regions.some((r) => r.units[2] > 0)) return false;
  return state.pool[2] === 0 || !rules.redoubts.some((i) => regions[i]!.control === 'islamicState');
}

/** The verdict at the end of the last turn, or of the campaign (§9.4): the highest margin; a tie goes to the tied side with more leader value (caught, or at large for Islamic State); still tied, a draw. */
export function finalResult(state: GameState, early = false): Result {
  const m = margins(state);
  const tally = leaderTally(state);
  const best = Math.max(...m);
  let tied = SIDES.filter((_, k) => m[k] === best);
  if (tied.length > 1) {
    const most = Math.max(...tied.map((s) => tally[SIDES.indexOf(s)]!));
    tied = tied.filter((s) => tally[SIDES.indexOf(s)] === most);
  }
  return tied.length === 1 ? resultOf(state, tied[0]!, 'margin', early) : resultOf(state, null, 'tie', early);
}
