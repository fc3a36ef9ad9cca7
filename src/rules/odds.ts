import { NUMBERS } from './numbers';
import type { Position } from './observe';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';
import type { RegionState } from './state';

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

/**
 * The interception roll a leader's move from `from` into `to` risks on the
 * board as it stands, and who would make the catch (§6.4): crossing into
 * ground the Coalition or the Regime holds; out of the noose's centre through
 * a closed exit, worse; each side watching the region entered adds its share; never
 * above interceptMax. The catch goes to a watcher, else to the holder.
 */
export function dangerOf(g: Position, from: number, to: number): { danger: number; catcher: Side | null } {
  const dest = g.regions[to]!;
  let danger = 0;
  let catcher: Side | null = null;
  if (enemyHeld(dest)) {
    danger = from === g.rules.center && dest.control === 'coalition' ? NUMBERS.interceptNoose : NUMBERS.interceptClosed;
    catcher = dest.units[1] > 0 || (dest.units[0] === 0 && dest.control === 'regime') ? 'regime' : 'coalition';
  }
  const watch = dest.watch;
  if (watch & 2) {
    danger += NUMBERS.watchIntercept;
    catcher = 'regime';
  }
  if (watch & 1) {
    danger += NUMBERS.watchIntercept;
    catcher = 'coalition';
  }
  return { danger: Math.min(NUMBERS.interceptMax, danger), catcher };
}

/** The roll a raid on region `r` by `side` needs: more against a garrison, and more for a Coalition raid flown in from afar (§4.11). */
export function raidNeeded(g: Position, r: number, side: Side): number {
  const far = unitsInReach(g, side, r) ? 0 : NUMBERS.raidFar;
  return NUMBERS.raidHit + far + (g.regions[r]!.units[2] > 0 ? NUMBERS.raidGarrison : 0);
}

/** Does `side` have units in region `r` or next to it? */
export function unitsInReach(g: Position, side: Side, r: number): boolean {
  const s = sideIndex(side);
  if (g.regions[r]!.units[s] > 0) return true;
  const around = g.rules.adjacent[r]!;
  for (let k = 0; k < around.length; k++) if (g.regions[around[k]!]!.units[s] > 0) return true;
  return false;
}
