import type { Action } from './actions';
import { boardOf, hostile, sideIndex, type Board } from './board';
import { occupant, sideDef } from './check';
import { NUMBERS } from './numbers';
import type { Side } from './scenario';
import type { Game } from './view';

/**
 * Exactly the actions `apply` accepts for `side`, built straight from the
 * map with the same conditions `check` applies (the property tests hold the
 * two to each other both ways). Reads only what `side` may see, so it works
 * on that side's view.
 */
export function legalActions(game: Game, side: Side): Action[] {
  if (game.phase === 'over' || game.active !== side) return [];
  const board = boardOf(game.scenario);
  const out: Action[] = [];
  if (game.phase === 'leaders') leaderMoves(game, board, side, out);
  else if (game.ap >= 1) operations(game, board, side, out);
  out.push({ type: 'endPhase', side });
  return out;
}

function leaderMoves(game: Game, board: Board, side: Side, out: Action[]): void {
  for (let li = 0; li < game.leaders.length; li++) {
    const leader = game.leaders[li]!;
    if (leader.status !== 'atLarge' || leader.moved || leader.at === null) continue;
    const from = board.index.get(leader.at);
    const targets: string[] = from === undefined ? [] : board.adjacent[from]!.map((n) => board.ids[n]!);
    // On turn 1 a leader may also be placed anywhere along its flight.
    if (game.turn === 1) for (const id of game.scenario.leaders[li]!.startOptions) if (!targets.includes(id)) targets.push(id);
    for (const to of targets) out.push({ type: 'moveLeader', side, leader: leader.id, to });
  }
}

function operations(game: Game, board: Board, side: Side, out: Action[]): void {
  const s = sideIndex(side);
  const def = sideDef(game, side);
  const searches = game.intel[s] > 0;
  for (let i = 0; i < board.ids.length; i++) {
    const id = board.ids[i]!;
    const region = game.regions[i]!;
    const units = region.units[s];
    if (units > 0) {
      for (const n of board.adjacent[i]!) {
        const to = board.ids[n]!;
        const dest = game.regions[n]!;
        const there = occupant(dest);
        if (there === null || there === side) {
          const most = Math.min(units, NUMBERS.maxStrength - dest.units[s]);
          for (let strength = 1; strength <= most; strength++) out.push({ type: 'move', side, from: id, to, strength });
        } else if (hostile(side, there)) {
          out.push({ type: 'attack', side, from: id, to });
        }
      }
      if (region.fort < NUMBERS.maxFort) out.push({ type: 'fortify', side, region: id });
    }
    if (def?.air && (region.units[2] > 0 || revealedLeaderAt(game, id))) out.push({ type: 'airStrike', side, target: id });
    if (searches) out.push({ type: 'search', side, region: id });
  }
  if (game.pool[s] >= 1) {
    for (const b of board.bases[s]!) {
      const base = game.regions[b]!;
      if (base.control === side && base.units[s] + 1 <= NUMBERS.maxStrength) out.push({ type: 'reinforce', side, region: board.ids[b]! });
    }
  }
}

function revealedLeaderAt(game: Game, id: string): boolean {
  for (const l of game.leaders) if (l.status === 'atLarge' && l.revealed && l.at === id) return true;
  return false;
}
