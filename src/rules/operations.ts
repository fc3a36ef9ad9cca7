import type { Action } from './actions';
import { combatOdds, combatResult } from './combat';
import { addAt, type Draft } from './draft';
import { neutralize } from './leaders';
import { NUMBERS } from './numbers';
import { SIDE_NAMES, type Side } from './scenario';

type Op<T extends Action['type']> = Extract<Action, { type: T }>;

/** Control passes to `side`; taking a region from an enemy scores and damages its works. */
function takeControl(d: Draft, i: number, side: Side): void {
  const before = d.region(i).control;
  if (before === side) return;
  d.setRegion(i, { control: side, fort: Math.max(0, d.region(i).fort - 1) });
  if (before === null) return;
  d.addVp(side, NUMBERS.vpTakeRegion);
  if (side === 'coalition' && i === d.board.center) {
    d.addVp(side, NUMBERS.vpTakeCapture - NUMBERS.vpTakeRegion);
    d.log(side, `The Coalition takes ${d.regionName(i)}, its objective.`);
  }
}

/** Coalition or Regime units arriving where leaders hide: every leader is caught if the region changed hands, a revealed one always. */
function sweepLeaders(d: Draft, i: number, side: Side, tookIt: boolean): void {
  if (side === 'islamicState') return;
  const id = d.board.ids[i]!;
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status === 'atLarge' && l.at === id && (tookIt || l.revealed)) neutralize(d, li, side, 'capture');
  }
}

export function move(d: Draft, a: Op<'move'>): void {
  const from = d.board.index.get(a.from)!;
  const to = d.board.index.get(a.to)!;
  d.setUnits(from, a.side, d.units(from, a.side) - a.strength);
  d.setUnits(to, a.side, d.units(to, a.side) + a.strength);
  const took = d.region(to).control !== a.side;
  takeControl(d, to, a.side);
  d.log(a.side, `${SIDE_NAMES[a.side]} moves ${a.strength} from ${d.regionName(from)} to ${d.regionName(to)}.`);
  sweepLeaders(d, to, a.side, took);
}

export function attack(d: Draft, a: Op<'attack'>): void {
  const from = d.board.index.get(a.from)!;
  const to = d.board.index.get(a.to)!;
  const odds = combatOdds(d.s, a.side, from, to)!;
  const roll = d.dice.d6();
  const [attackLoss, defendLoss] = combatResult(odds.total, roll);
  const attackers = Math.max(0, odds.attackStrength - attackLoss);
  const defenders = Math.max(0, odds.defendStrength - defendLoss);
  const shifts = odds.modifiers.map((m) => `${m.label} ${m.shift > 0 ? '+' : ''}${m.shift}`).join(', ');
  d.log(
    a.side,
    `${SIDE_NAMES[a.side]} attacks ${d.regionName(to)} from ${d.regionName(from)} at ${odds.odds}${shifts ? ` (${shifts})` : ''}: ` +
      `rolled ${roll}, attacker loses ${odds.attackStrength - attackers}, defender loses ${odds.defendStrength - defenders}.`,
  );
  d.setUnits(from, a.side, attackers);
  d.setUnits(to, odds.defender, defenders);
  if (defenders === 0 && attackers > 0) {
    d.setUnits(from, a.side, 0);
    d.setUnits(to, a.side, attackers);
    takeControl(d, to, a.side);
    d.log(a.side, `${SIDE_NAMES[a.side]} takes ${d.regionName(to)}.`);
    sweepLeaders(d, to, a.side, true);
  }
}

export function airStrike(d: Draft, a: Op<'airStrike'>): void {
  const target = d.board.index.get(a.target)!;
  const roll = d.dice.d6();
  const garrison = d.units(target, 'islamicState');
  const parts: string[] = [];
  if (roll >= NUMBERS.airHit && garrison > 0) {
    d.setUnits(target, 'islamicState', garrison - 1);
    parts.push('the garrison loses 1');
  }
  if (roll >= NUMBERS.airSuppress) {
    d.setRegion(target, { suppressedBy: a.side });
    parts.push('the region is suppressed for this turn');
  }
  d.log(a.side, `${SIDE_NAMES[a.side]} air strike on ${d.regionName(target)}: rolled ${roll}, ${parts.length ? parts.join(' and ') : 'no effect'}.`);
}

/** One die, whatever is there: the roll never depends on where leaders hide. */
export function search(d: Draft, a: Op<'search'>): void {
  const region = d.board.index.get(a.region)!;
  d.s.intel = addAt(d.s.intel, a.side, -1);
  const near = d.units(region, a.side) > 0 || d.board.adjacent[region]!.some((n) => d.units(n, a.side) > 0);
  const roll = d.dice.d6();
  const hit = roll + (near ? NUMBERS.searchNearBonus : 0) >= NUMBERS.searchHit;
  const id = d.board.ids[region]!;
  const found: number[] = [];
  if (hit) {
    for (let li = 0; li < d.leaderCount; li++) {
      const l = d.leader(li);
      if (l.status === 'atLarge' && l.at === id) found.push(li);
    }
  }
  const odds = `needs ${NUMBERS.searchHit - (near ? NUMBERS.searchNearBonus : 0)}+`;
  d.log(a.side, `${SIDE_NAMES[a.side]} searches ${d.regionName(region)} (${odds}): rolled ${roll}, ${found.length ? `found ${found.map((li) => d.leaderName(li)).join(', ')}` : 'nothing found'}.`);
  for (const li of found) {
    d.setLeader(li, { revealed: true });
    d.sight({ leader: d.leader(li).id, region: id, turn: d.s.turn, how: 'search' });
    if (d.units(region, a.side) > 0) neutralize(d, li, a.side, 'capture');
  }
}

export function fortify(d: Draft, a: Op<'fortify'>): void {
  const region = d.board.index.get(a.region)!;
  d.setRegion(region, { fort: d.region(region).fort + 1 });
  d.log(a.side, `${SIDE_NAMES[a.side]} fortifies ${d.regionName(region)} to ${d.region(region).fort}.`);
}

export function reinforce(d: Draft, a: Op<'reinforce'>): void {
  const region = d.board.index.get(a.region)!;
  d.s.pool = addAt(d.s.pool, a.side, -1);
  d.setUnits(region, a.side, d.units(region, a.side) + 1);
  d.log(a.side, `${SIDE_NAMES[a.side]} reinforces ${d.regionName(region)} to ${d.units(region, a.side)}.`);
}
