import type { Position } from './observe';
import { sideIndex } from './ruleset';
import { SIDES, type Side } from './scenario';
import type { GameState, Result, Strengths, WinReason } from './state';

export type Outcome = { status: 'running' } | { status: 'over'; result: Result };

export function outcome(game: Position): Outcome {
  return game.result ? { status: 'over', result: game.result } : { status: 'running' };
}

export function neutralizedValue(game: Position): number {
  return game.neutralized[0] + game.neutralized[1] + game.neutralized[2];
}

/** Coalition's win: it holds the objective and most leader value (al-Baghdadi counts double) is neutralized, by whichever side. */
export function coalitionWins(game: Position): boolean {
  return game.regions[game.rules.center]?.control === 'coalition' && neutralizedValue(game) * 2 > game.rules.leaderValue;
}

/** Leaders at large in a redoubt Islamic State holds. Reads secret positions: the full state only. */
export function leadersInRedoubts(state: GameState): number {
  const { index, isRedoubt } = state.rules;
  let n = 0;
  for (const l of state.leaders) {
    if (l.status !== 'atLarge') continue;
    const i = index.get(l.at)!;
    if (isRedoubt[i] && state.regions[i]!.control === 'islamicState') n++;
  }
  return n;
}

export function valleyTowns(game: Position, side: Side): number {
  let n = 0;
  for (const i of game.rules.valley) if (game.regions[i]!.control === side) n++;
  return n;
}

export function regimeWins(game: Position): boolean {
  return game.regions[game.rules.hold]?.control === 'regime' && valleyTowns(game, 'regime') > valleyTowns(game, 'coalition');
}

/** A side's victory points, Islamic State's secret ones included: the one total every screen and report shows. */
export function totalVp(state: GameState, side: Side): number {
  return state.vp[sideIndex(side)] + (side === 'islamicState' ? state.hiddenVp : 0);
}

/** Every side's total, as the result records it. */
function totals(state: GameState): Strengths {
  return [totalVp(state, 'coalition'), totalVp(state, 'regime'), totalVp(state, 'islamicState')];
}

export function resultOf(state: GameState, winner: Side | null, reason: WinReason, met: readonly Side[]): Result {
  return {
    winner,
    reason,
    met,
    turn: state.turn,
    vp: totals(state),
    neutralized: neutralizedValue(state),
    leaderValue: state.rules.leaderValue,
    leadersSafe: leadersInRedoubts(state),
    valleyTowns: [valleyTowns(state, 'coalition'), valleyTowns(state, 'regime'), valleyTowns(state, 'islamicState')],
  };
}

const REASON: Record<Side, WinReason> = { coalition: 'coalitionObjective', regime: 'regimeObjective', islamicState: 'leadersEscaped' };

/** The verdict at the end of the last turn: the side whose condition holds; several or none, victory points decide. */
export function finalResult(state: GameState): Result {
  const met: Side[] = [];
  if (coalitionWins(state)) met.push('coalition');
  if (leadersInRedoubts(state) > 0) met.push('islamicState');
  if (regimeWins(state)) met.push('regime');
  if (met.length === 1) return resultOf(state, met[0]!, REASON[met[0]!], met);
  const pool = met.length ? met : [...SIDES];
  const best = Math.max(...pool.map((s) => totalVp(state, s)));
  const leaders = pool.filter((s) => totalVp(state, s) === best);
  return leaders.length > 1 ? resultOf(state, null, 'tie', met) : resultOf(state, leaders[0]!, 'victoryPoints', met);
}
