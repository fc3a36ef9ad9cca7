import type { Action } from './actions';
import { combatOdds, combatResult, takes } from './combat';
import { addAt, type Draft } from './draft';
import { capture, reveal } from './leaders';
import { allyGround, watchBit } from './legality';
import { raidNeeded, searchNeeded } from './odds';
import { NUMBERS } from './numbers';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';

type Op<T extends Action['type']> = Extract<Action, { type: T }>;

/** Control passes to `side`, damaging the region's works. True if control changed. */
function takeControl(d: Draft, i: number, side: Side): boolean {
  const r = d.region(i);
  const before = r.control;
  if (before === side) return false;
  d.setRegion(i, side, r.units, Math.max(0, r.fort - 1), r.suppressedBy, r.watch);
  d.emit({ type: 'regionTaken', audience: 'all', side, region: d.rules.ids[i]!, from: before });
  return true;
}

/**
 * Coalition or Regime units overrunning a region where leaders hide find them
 * (§4.7): every hidden leader there is revealed. Walking in catches no one;
 * a found leader must still be taken by a raid, or stopped as it flees.
 */
function sweepLeaders(d: Draft, i: number, side: Side): void {
  if (side === 'islamicState') return;
  const found = findOne(d, d.rules.ids[i]!);
  if (found >= 0) reveal(d, found, side, 'overrun');
}

/**
 * A find turns up one hidden leader in the region, drawn by a die, never more
 * (§4.6): the others stay hidden, and the hunter does not learn whether any
 * are. The die is drawn whether or not anyone is there. The leader's index, or -1.
 */
function findOne(d: Draft, region: string): number {
  const hidden: number[] = [];
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status === 'atLarge' && l.at === region && !l.revealed) hidden.push(li);
  }
  const pick = d.dice.pick(Math.max(1, hidden.length));
  return hidden.length === 0 ? -1 : hidden[pick]!;
}

export function move(d: Draft, a: Op<'move'>): void {
  const from = d.rules.index.get(a.from)!;
  const to = d.rules.index.get(a.to)!;
  d.setUnits(from, a.side, d.units(from, a.side) - a.strength);
  d.setUnits(to, a.side, d.units(to, a.side) + a.strength);
  d.emit({ type: 'moved', audience: 'all', side: a.side, from: a.from, to: a.to, strength: a.strength });
  if (takeControl(d, to, a.side)) sweepLeaders(d, to, a.side);
}

export function attack(d: Draft, a: Op<'attack'>): void {
  const from = d.rules.index.get(a.from)!;
  const to = d.rules.index.get(a.to)!;
  const odds = combatOdds(d.s, a.side, from, to)!;
  const roll = d.dice.d6();
  const row = combatResult(odds.total, roll);
  const attackers = Math.max(0, odds.attackStrength - row[0]);
  const defenders = Math.max(0, odds.defendStrength - row[1]);
  d.emit({
    type: 'attacked',
    audience: 'all',
    side: a.side,
    from: a.from,
    to: a.to,
    defender: odds.defender,
    attackStrength: odds.attackStrength,
    defendStrength: odds.defendStrength,
    column: odds.column,
    shifts: odds.modifiers,
    roll,
    attackerLoss: odds.attackStrength - attackers,
    defenderLoss: odds.defendStrength - defenders,
  });
  d.setUnits(from, a.side, attackers);
  d.setUnits(to, odds.defender, defenders);
  // Wiped out or broken (§4.4): the survivors advance.
  if (takes(odds.attackStrength, odds.defendStrength, row)) {
    if (defenders > 0) fallBack(d, to, odds.defender, defenders);
    d.setUnits(from, a.side, 0);
    d.setUnits(to, a.side, attackers);
    takeControl(d, to, a.side);
    sweepLeaders(d, to, a.side);
  }
}

/**
 * A broken garrison falls back (§4.4) into the adjacent region its side holds
 * with the most of its men (to rejoin the main body), ties to the first in map
 * order; men beyond the stacking limit are lost. With nowhere to go (every
 * neighbour lost, or another side's), the survivors surrender.
 */
function fallBack(d: Draft, i: number, side: Side, strength: number): void {
  const s = sideIndex(side);
  let best = -1;
  let bestUnits = -1;
  for (const a of d.rules.adjacent[i]!) {
    const r = d.region(a);
    // Held by the side means no other side's units stand there (§1.4).
    if (r.control !== side || allyGround(d.s, side, a)) continue;
    if (r.units[s] > bestUnits) {
      best = a;
      bestUnits = r.units[s];
    }
  }
  d.setUnits(i, side, 0);
  if (best < 0) {
    d.emit({ type: 'retreated', audience: 'all', side, from: d.rules.ids[i]!, to: null, strength, lost: strength });
    return;
  }
  const arrive = Math.min(NUMBERS.maxStrength - bestUnits, strength);
  d.setUnits(best, side, bestUnits + arrive);
  d.emit({ type: 'retreated', audience: 'all', side, from: d.rules.ids[i]!, to: d.rules.ids[best]!, strength, lost: strength - arrive });
}

export function airStrike(d: Draft, a: Op<'airStrike'>): void {
  const target = d.rules.index.get(a.target)!;
  const roll = d.dice.d6();
  const garrison = d.units(target, 'islamicState');
  const hit = roll >= NUMBERS.airHit && garrison > 0;
  if (hit) d.setUnits(target, 'islamicState', garrison - 1);
  const suppressed = roll >= NUMBERS.airSuppress;
  if (suppressed) {
    const r = d.region(target);
    d.setRegion(target, r.control, r.units, r.fort, a.side, r.watch);
  }
  d.emit({ type: 'airStruck', audience: 'all', side: a.side, target: a.target, roll, garrisonLoss: hit ? 1 : 0, suppressed });
}

/** One die, whatever is there: the roll never depends on where leaders hide. */
export function search(d: Draft, a: Op<'search'>): void {
  const region = d.rules.index.get(a.region)!;
  d.s.intel = addAt(d.s.intel, a.side, -1);
  const needed = searchNeeded(d.s, a.side, region);
  const roll = d.dice.d6();
  const found = roll >= needed ? findOne(d, a.region) : -1;
  d.emit({ type: 'searched', audience: 'all', side: a.side, region: a.region, needed, roll, found: found >= 0 ? 1 : 0 });
  if (found >= 0) reveal(d, found, a.side, 'search');
}

/** A revealed leader in `region` that `side` found itself: a raid's target (§6.5). */
function raidable(d: Draft, li: number, region: string, side: Side): boolean {
  const l = d.leader(li);
  return l.status === 'atLarge' && l.revealed && l.foundBy === side && l.at === region;
}


export function fortify(d: Draft, a: Op<'fortify'>): void {
  const region = d.rules.index.get(a.region)!;
  const r = d.region(region);
  d.setRegion(region, r.control, r.units, r.fort + 1, r.suppressedBy, r.watch);
  d.emit({ type: 'fortified', audience: 'all', side: a.side, region: a.region, level: r.fort + 1 });
}

export function reinforce(d: Draft, a: Op<'reinforce'>): void {
  const region = d.rules.index.get(a.region)!;
  d.s.pool = addAt(d.s.pool, a.side, -1);
  const strength = d.units(region, a.side) + 1;
  d.setUnits(region, a.side, strength);
  d.emit({ type: 'reinforced', audience: 'all', side: a.side, region: a.region, strength, pool: d.s.pool[sideIndex(a.side)] });
}

/** Overwatch: until upkeep, a leader moving into or out of the region risks interception, and one sitting in it being spotted (§5.2). */
export function watch(d: Draft, a: Op<'watch'>): void {
  const region = d.rules.index.get(a.region)!;
  const r = d.region(region);
  d.setRegion(region, r.control, r.units, r.fort, r.suppressedBy, r.watch | watchBit(a.side));
  d.emit({ type: 'watched', audience: 'all', side: a.side, region: a.region });
}

/** A raid on the revealed leaders of a region: one die, easier with the raiders on the spot, harder against a garrison (§6.5). */
export function raid(d: Draft, a: Op<'raid'>): void {
  const region = d.rules.index.get(a.region)!;
  const needed = raidNeeded(d.s, region, a.side);
  const roll = d.dice.d6();
  const hit = roll >= needed;
  let caught = 0;
  for (let li = 0; li < d.leaderCount; li++) if (raidable(d, li, a.region, a.side)) caught++;
  d.emit({ type: 'raided', audience: 'all', side: a.side, region: a.region, needed, roll, caught: hit ? caught : 0 });
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status !== 'atLarge' || !raidable(d, li, a.region, a.side)) continue;
    if (hit) capture(d, li, a.side, 'raid');
    else {
      // Alerted, the leader goes to ground where he is: hidden again, and followed no more.
      d.patchLeader(li, l, { revealed: false, tracked: false, foundBy: null });
      d.emit({ type: 'leaderVanished', audience: 'all', leader: l.id, from: l.at, how: 'raid' });
    }
  }
}

/** A call to the other power: escalation falls (§8.1). */
export function deconflict(d: Draft, a: Op<'deconflict'>): void {
  const before = d.s.escalation;
  d.s.escalation = Math.max(0, before - NUMBERS.deconflict);
  d.emit({ type: 'deconflicted', audience: 'all', side: a.side, escalation: d.s.escalation });
  d.emit({ type: 'trackChanged', audience: 'all', track: 'escalation', value: d.s.escalation, delta: d.s.escalation - before });
}
