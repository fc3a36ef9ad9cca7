import { boardOf, sideIndex } from './board';
import { SIDES, SIDE_NAMES, type Side } from './scenario';
import type { GameState, Result } from './state';
import type { Game } from './view';

export type Outcome = { status: 'running' } | { status: 'over'; winner: Side | null; reason: string };

export function outcome(game: Game): Outcome {
  return game.result ? { status: 'over', winner: game.result.winner, reason: game.result.reason } : { status: 'running' };
}

export function totalLeaderValue(game: Game): number {
  return boardOf(game.scenario).leaderValue;
}

export function neutralizedValue(game: Game): number {
  return game.neutralized[0] + game.neutralized[1] + game.neutralized[2];
}

/** Coalition's win: it holds the objective and most leader value (al-Baghdadi counts double) is neutralized. */
export function coalitionWins(game: Game): boolean {
  const board = boardOf(game.scenario);
  return game.regions[board.center]?.control === 'coalition' && neutralizedValue(game) * 2 > totalLeaderValue(game);
}

/** Leaders at large in a redoubt Islamic State holds. Reads secret positions: full state only. */
export function leadersInRedoubts(state: GameState): number {
  const board = boardOf(state.scenario);
  let n = 0;
  for (const l of state.leaders) {
    if (l.status !== 'atLarge' || l.at === null) continue;
    const i = board.index.get(l.at)!;
    if (board.isRedoubt[i] && state.regions[i]!.control === 'islamicState') n++;
  }
  return n;
}

export function valleyTowns(game: Game, side: Side): number {
  let n = 0;
  for (const i of boardOf(game.scenario).valley) if (game.regions[i]!.control === side) n++;
  return n;
}

export function regimeWins(game: Game): boolean {
  const board = boardOf(game.scenario);
  return game.regions[board.hold]?.control === 'regime' && valleyTowns(game, 'regime') > valleyTowns(game, 'coalition');
}

export function totalVp(state: GameState, side: Side): number {
  return state.vp[sideIndex(side)] + (side === 'islamicState' ? state.hiddenVp : 0);
}

/** The verdict at the end of the last turn: the side whose condition holds; several or none, victory points decide. */
export function finalResult(state: GameState): Result {
  const met: Side[] = [];
  if (coalitionWins(state)) met.push('coalition');
  if (leadersInRedoubts(state) > 0) met.push('islamicState');
  if (regimeWins(state)) met.push('regime');
  if (met.length === 1) return { winner: met[0]!, reason: reasonFor(state, met[0]!) };
  const pool = met.length ? met : [...SIDES];
  const best = Math.max(...pool.map((s) => totalVp(state, s)));
  const leaders = pool.filter((s) => totalVp(state, s) === best);
  const why = met.length ? `${met.map((s) => SIDE_NAMES[s]).join(' and ')} both met their conditions` : 'no side met its condition';
  if (leaders.length > 1) return { winner: null, reason: `Draw: ${why} and ${leaders.map((s) => SIDE_NAMES[s]).join(' and ')} tie on ${best} victory points.` };
  return { winner: leaders[0]!, reason: `${SIDE_NAMES[leaders[0]!]} wins on victory points (${best}): ${why}.` };
}

function reasonFor(state: GameState, side: Side): string {
  const board = boardOf(state.scenario);
  switch (side) {
    case 'coalition':
      return `The Coalition holds ${state.scenario.regions[board.center]!.name} and has neutralized most of the leadership.`;
    case 'islamicState':
      return `Islamic State ends the game with ${leadersInRedoubts(state)} leader(s) at large in a redoubt it holds.`;
    case 'regime':
      return `The Regime holds ${state.scenario.regions[board.hold]!.name} and more valley towns (${valleyTowns(state, 'regime')}) than the Coalition (${valleyTowns(state, 'coalition')}).`;
  }
}

export { reasonFor };
