import { NUMBERS } from './numbers';
import type { Position } from './observe';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';
import type { Crossing, RegionState } from './state';

/** Is a leader's crossing into this region a crossing of enemy lines (held by, or holding units of, the Coalition or Regime)? */
export function enemyHeld(region: RegionState): boolean {
  return region.control === 'coalition' || region.control === 'regime' || region.units[0] > 0 || region.units[1] > 0;
}

/** The roll a search of region `r` needs: less when the searcher has units in or next to it (docs/RULES.md §4.6). */
export function searchNeeded(g: Position, side: Side, r: number): number {
  const s = sideIndex(side);
  let near = g.regions[r]!.units[s] > 0;
  for (const n of g.rules.adjacent[r]!) if (g.regions[n]!.units[s] > 0) near = true;
  return NUMBERS.searchHit - (near ? NUMBERS.searchNearBonus : 0);
}

/** What a leader's move from region `from` into `to` crosses, on the board as it stands; a turn-1 placement crosses nothing (§6.3). */
export function crossingInto(g: Position, from: number, to: number, placed: boolean): Crossing {
  const dest = g.regions[to]!;
  if (placed || !enemyHeld(dest)) return 'none';
  return from === g.rules.center && dest.control === 'coalition' ? 'noose' : 'closed';
}

/** The highest interception roll that stops a crossing (§6.4); 0 when nothing was crossed. */
export function interceptionRoll(crossed: Crossing): number {
  return crossed === 'noose' ? NUMBERS.interceptNoose : crossed === 'closed' ? NUMBERS.interceptClosed : 0;
}
