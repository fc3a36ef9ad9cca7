import type { Action } from './actions';
import { combatOdds, combatResult } from './combat';
import { addAt, type Draft } from './draft';
import { capture } from './leaders';
import { searchNeeded } from './odds';
import { NUMBERS } from './numbers';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';

type Op<T extends Action['type']> = Extract<Action, { type: T }>;

/** Control passes to `side`; taking a region from an enemy scores and damages its works. True if control changed. */
function takeControl(d: Draft, i: number, side: Side): boolean {
  const r = d.region(i);
  const before = r.control;
  if (before === side) return false;
  d.setRegion(i, side, r.units, Math.max(0, r.fort - 1), r.suppressedBy);
  let vp = 0;
  if (before !== null) vp = side === 'coalition' && i === d.rules.center ? NUMBERS.vpTakeCapture : NUMBERS.vpTakeRegion;
  if (vp) d.addVp(side, vp);
  d.emit({ type: 'regionTaken', audience: 'all', side, region: d.rules.ids[i]!, from: before, vp });
  return true;
}

/** Coalition or Regime units arriving where leaders hide: every leader is caught if the region changed hands, a revealed one always. */
function sweepLeaders(d: Draft, i: number, side: Side, tookIt: boolean): void {
  if (side === 'islamicState') return;
  const id = d.rules.ids[i]!;
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status === 'atLarge' && l.at === id && (tookIt || l.revealed)) capture(d, li, side, tookIt ? 'taken' : 'cornered');
  }
}

export function move(d: Draft, a: Op<'move'>): void {
  const from = d.rules.index.get(a.from)!;
  const to = d.rules.index.get(a.to)!;
  d.setUnits(from, a.side, d.units(from, a.side) - a.strength);
  d.setUnits(to, a.side, d.units(to, a.side) + a.strength);
  d.emit({ type: 'moved', audience: 'all', side: a.side, from: a.from, to: a.to, strength: a.strength });
  const took = takeControl(d, to, a.side);
  sweepLeaders(d, to, a.side, took);
}

export function attack(d: Draft, a: Op<'attack'>): void {
  const from = d.rules.index.get(a.from)!;
  const to = d.rules.index.get(a.to)!;
  const odds = combatOdds(d.s, a.side, from, to)!;
  const roll = d.dice.d6();
  const [attackLoss, defendLoss] = combatResult(odds.total, roll);
  const attackers = Math.max(0, odds.attackStrength - attackLoss);
  const defenders = Math.max(0, odds.defendStrength - defendLoss);
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
  if (defenders === 0 && attackers > 0) {
    d.setUnits(from, a.side, 0);
    d.setUnits(to, a.side, attackers);
    takeControl(d, to, a.side);
    sweepLeaders(d, to, a.side, true);
  }
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
    d.setRegion(target, r.control, r.units, r.fort, a.side);
  }
  d.emit({ type: 'airStruck', audience: 'all', side: a.side, target: a.target, roll, garrisonLoss: hit ? 1 : 0, suppressed });
}

/** One die, whatever is there: the roll never depends on where leaders hide. */
export function search(d: Draft, a: Op<'search'>): void {
  const region = d.rules.index.get(a.region)!;
  d.s.intel = addAt(d.s.intel, a.side, -1);
  const own = d.units(region, a.side) > 0;
  const needed = searchNeeded(d.s, a.side, region);
  const roll = d.dice.d6();
  let found = 0;
  if (roll >= needed) for (let li = 0; li < d.leaderCount; li++) if (isHere(d, li, a.region)) found++;
  d.emit({ type: 'searched', audience: 'all', side: a.side, region: a.region, needed, roll, found });
  if (found === 0) return;
  const lastSeen = { region: a.region, turn: d.s.turn, how: 'search' as const };
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status !== 'atLarge' || l.at !== a.region) continue;
    d.updateLeader(li, l, l.at, true, l.moved, l.crossed, lastSeen);
    d.emit({ type: 'leaderRevealed', audience: 'all', leader: l.id, region: a.region, by: a.side });
    if (own) capture(d, li, a.side, 'search');
  }
}

function isHere(d: Draft, li: number, region: string): boolean {
  const l = d.leader(li);
  return l.status === 'atLarge' && l.at === region;
}

export function fortify(d: Draft, a: Op<'fortify'>): void {
  const region = d.rules.index.get(a.region)!;
  const r = d.region(region);
  d.setRegion(region, r.control, r.units, r.fort + 1, r.suppressedBy);
  d.emit({ type: 'fortified', audience: 'all', side: a.side, region: a.region, level: r.fort + 1 });
}

export function reinforce(d: Draft, a: Op<'reinforce'>): void {
  const region = d.rules.index.get(a.region)!;
  d.s.pool = addAt(d.s.pool, a.side, -1);
  const strength = d.units(region, a.side) + 1;
  d.setUnits(region, a.side, strength);
  d.emit({ type: 'reinforced', audience: 'all', side: a.side, region: a.region, strength, pool: d.s.pool[sideIndex(a.side)] });
}
