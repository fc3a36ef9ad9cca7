import { boardOf, sideIndex } from './board';
import { occupant } from './check';
import { CRT, ODDS_COLUMNS } from './numbers';
import type { Side } from './scenario';
import type { Game } from './view';

export interface Modifier {
  label: string;
  shift: number;
}

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
  /** Chance, over the six rolls, that the defender is wiped out and the attacker takes the region. */
  takeChance: number;
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

/** The odds and visible modifiers of an attack from one region into an adjacent one. */
export function combatOdds(game: Game, side: Side, from: number, to: number): CombatOdds | null {
  const target = game.regions[to]!;
  const defender = occupant(target);
  if (!defender) return null;
  const board = boardOf(game.scenario);
  const attackStrength = game.regions[from]!.units[sideIndex(side)];
  const defendStrength = target.units[sideIndex(defender)];
  const column = oddsColumn(attackStrength, defendStrength);
  const modifiers: Modifier[] = [];
  if (target.suppressedBy === side) modifiers.push({ label: 'air support', shift: 1 });
  if (target.fort > 0) modifiers.push({ label: `fortified ${target.fort}`, shift: -target.fort });
  const encircled = board.adjacent[to]!.every((n) => game.regions[n]!.control !== defender);
  if (encircled) modifiers.push({ label: 'encircled', shift: 1 });
  const total = column + modifiers.reduce((sum, m) => sum + m.shift, 0);
  let takes = 0;
  for (let roll = 1; roll <= 6; roll++) {
    const [attackLoss, defendLoss] = combatResult(total, roll);
    if (defendLoss >= defendStrength && attackLoss < attackStrength) takes++;
  }
  return { attacker: side, defender, attackStrength, defendStrength, column, odds: ODDS_COLUMNS[column]!, modifiers, total, takeChance: takes / 6 };
}
