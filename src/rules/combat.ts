import type { Modifier } from './events';
import { CRT, NUMBERS, ODDS_COLUMNS } from './numbers';
import type { Position } from './observe';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';
import type { RegionState } from './state';

export interface CombatOdds {
  attacker: Side;
  defender: Side;
  attackStrength: number;
  defendStrength: number;
  /** Odds column before shifts, 0..4 (`odds` names it). */
  column: number;
  odds: (typeof ODDS_COLUMNS)[number];
  modifiers: Modifier[];
  /** Column plus shifts: the die is added to this. */
  total: number;
  /** Chance, over the six rolls, that the defender is wiped out or falls back and the attacker takes the region. */
  takeChance: number;
}

/** The side whose units stand in a region, if any (never more than one). */
export function occupant(region: RegionState): Side | null {
  if (region.units[0] > 0) return 'coalition';
  if (region.units[1] > 0) return 'regime';
  if (region.units[2] > 0) return 'islamicState';
  return null;
}

export function oddsColumn(attack: number, defend: number): number {
  if (defend <= 0) return ODDS_COLUMNS.length - 1;
  const ratio = attack / defend;
  return ratio < 1 ? 0 : Math.min(ODDS_COLUMNS.length - 1, Math.floor(ratio));
}

/** The combat results row for a die roll on these odds: [attacker loss, defender loss]. */
export function combatResult(total: number, roll: number): readonly [number, number] {
  const index = Math.max(1, Math.min(CRT.length, total + roll)) - 1;
  return CRT[index]!;
}

/**
 * A defender that survives falls back when the attacker's survivors outnumber
 * its own `retreatRatio` to one (§4.4): a garrison broken that badly does not
 * hold the town.
 */
function fallsBack(attackers: number, defenders: number): boolean {
  return defenders > 0 && attackers >= NUMBERS.retreatRatio * defenders;
}

/** Whether the attacker takes the region with these losses: the defender wiped out or falling back, and someone left to advance. */
export function takes(attackStrength: number, defendStrength: number, row: readonly [number, number]): boolean {
  const attackers = attackStrength - row[0];
  if (attackers <= 0) return false;
  const defenders = defendStrength - row[1];
  return defenders <= 0 || fallsBack(attackers, defenders);
}

/** The odds and visible modifiers of an attack from one region into an adjacent one. Bots call this a lot: no closures, few allocations. */
export function combatOdds(game: Position, side: Side, from: number, to: number): CombatOdds | null {
  const regions = game.regions;
  const target = regions[to]!;
  const defender = occupant(target);
  if (!defender) return null;
  const attackStrength = regions[from]!.units[sideIndex(side)];
  const defendStrength = target.units[sideIndex(defender)];
  const column = oddsColumn(attackStrength, defendStrength);
  const modifiers: Modifier[] = [];
  let total = column;
  if (target.suppressedBy === side) {
    modifiers.push({ kind: 'airSupport', shift: 1 });
    total += 1;
  }
  const fort = target.fort;
  if (fort > 0) {
    modifiers.push({ kind: 'fortified', shift: -fort });
    total -= fort;
  }
  let encircled = true;
  const around = game.rules.adjacent[to]!;
  for (let k = 0; k < around.length; k++) {
    if (regions[around[k]!]!.control === defender) {
      encircled = false;
      break;
    }
  }
  if (encircled) {
    modifiers.push({ kind: 'encircled', shift: 1 });
    total += 1;
  }
  let taken = 0;
  for (let roll = 1; roll <= 6; roll++) {
    const row = combatResult(total, roll);
    if (takes(attackStrength, defendStrength, row)) taken++;
  }
  return { attacker: side, defender, attackStrength, defendStrength, column, odds: ODDS_COLUMNS[column]!, modifiers, total, takeChance: taken / 6 };
}
