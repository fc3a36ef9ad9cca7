import type { Action } from './actions';
import { boardOf, sideIndex } from './board';
import { checkShaped, sideDef } from './check';
import { NUMBERS } from './numbers';
import type { Side } from './scenario';
import type { Game } from './view';

/**
 * Exactly the actions `apply` accepts for `side`: candidates built from the
 * map, each passed through the same `check` that `apply` runs. Reads only what
 * `side` may see, so it works on that side's view.
 */
export function legalActions(game: Game, side: Side): Action[] {
  if (game.phase === 'over' || game.active !== side) return [];
  const board = boardOf(game.scenario);
  const out: Action[] = [];
  const keep = (a: Action) => {
    if (checkShaped(game, a) === null) out.push(a);
  };
  if (game.phase === 'leaders') {
    game.leaders.forEach((leader, li) => {
      if (leader.status !== 'atLarge' || leader.moved || leader.at === null) return;
      const from = board.index.get(leader.at);
      const targets = new Set<string>(from === undefined ? [] : board.adjacent[from]!.map((n) => board.ids[n]!));
      if (game.turn === 1) for (const id of game.scenario.leaders[li]!.startOptions) targets.add(id);
      for (const to of targets) keep({ type: 'moveLeader', side, leader: leader.id, to });
    });
    out.push({ type: 'endPhase', side });
    return out;
  }
  if (game.ap >= 1) {
    const s = sideIndex(side);
    const def = sideDef(game, side);
    for (let i = 0; i < board.ids.length; i++) {
      const id = board.ids[i]!;
      const units = game.regions[i]!.units[s];
      if (units > 0) {
        for (const n of board.adjacent[i]!) {
          const to = board.ids[n]!;
          // Checked once at strength 1; every strength up to the stacking limit is then as legal.
          if (checkShaped(game, { type: 'move', side, from: id, to, strength: 1 }) === null) {
            const most = Math.min(units, NUMBERS.maxStrength - game.regions[n]!.units[s]);
            for (let strength = 1; strength <= most; strength++) out.push({ type: 'move', side, from: id, to, strength });
          }
          keep({ type: 'attack', side, from: id, to });
        }
        keep({ type: 'fortify', side, region: id });
      }
      if (def?.air) keep({ type: 'airStrike', side, target: id });
      if (game.intel[s] > 0) keep({ type: 'search', side, region: id });
    }
    for (const b of board.bases[s]!) keep({ type: 'reinforce', side, region: board.ids[b]! });
  }
  out.push({ type: 'endPhase', side });
  return out;
}
