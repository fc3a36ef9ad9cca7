import type { Action } from './actions';
import { boardOf, hostile, sideIndex, type Board } from './board';
import { occupant, revealedLeaderAt } from './check';
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
  const air = board.sideDefs[s]?.air ?? false;
  // Air strikes may also target a revealed leader: look region by region only if there is one.
  const anyRevealed = air && revealedLeaderAt(game, null);
  const searches = game.intel[s] > 0;
  const { ids, adjacent } = board;
  const regions = game.regions;
  const max = NUMBERS.maxStrength;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const region = regions[i]!;
    const units = region.units[s];
    if (units > 0) {
      const around = adjacent[i]!;
      for (let k = 0; k < around.length; k++) {
        const n = around[k]!;
        const to = ids[n]!;
        const dest = regions[n]!;
        const there = occupant(dest);
        if (there === null || there === side) {
          const most = Math.min(units, max - dest.units[s]);
          for (let strength = 1; strength <= most; strength++) out.push({ type: 'move', side, from: id, to, strength });
        } else if (hostile(side, there)) {
          out.push({ type: 'attack', side, from: id, to });
        }
      }
      if (region.fort < NUMBERS.maxFort) out.push({ type: 'fortify', side, region: id });
    }
    if (air && (region.units[2] > 0 || (anyRevealed && revealedLeaderAt(game, id)))) out.push({ type: 'airStrike', side, target: id });
    if (searches) out.push({ type: 'search', side, region: id });
  }
  if (game.pool[s] >= 1) {
    const bases = board.bases[s]!;
    for (let k = 0; k < bases.length; k++) {
      const b = bases[k]!;
      const base = regions[b]!;
      if (base.control === side && base.units[s] + 1 <= max) out.push({ type: 'reinforce', side, region: ids[b]! });
    }
  }
}
