import type { Action } from './actions';
import { addAt, type Draft } from './draft';
import { isPlacement } from './legality';
import { NUMBERS } from './numbers';
import type { Side } from './scenario';
import { crossingInto, interceptionRoll } from './odds';
import type { CaptureHow } from './state';

/** A leader is captured: public, and credited to the side that did it. */
export function capture(d: Draft, li: number, by: Side, how: CaptureHow): void {
  const leader = d.leader(li);
  if (leader.status !== 'atLarge') return;
  const value = d.rules.scenario.leaders[li]!.value;
  const vp = value * NUMBERS.vpPerLeaderValue;
  d.setLeader(li, { id: leader.id, status: 'captured', at: leader.at, by, how, turn: d.s.turn });
  d.s.neutralized = addAt(d.s.neutralized, by, value);
  d.addVp(by, vp);
  d.emit({ type: 'leaderCaptured', audience: 'all', leader: leader.id, region: leader.at, by, how, vp });
}

/** A secret move: Islamic State alone learns where; a revealed leader is seen to vanish. */
export function moveLeader(d: Draft, a: Extract<Action, { type: 'moveLeader' }>): void {
  const li = d.rules.leaderIndex.get(a.leader)!;
  const leader = d.leader(li);
  if (leader.status !== 'atLarge') return;
  const to = d.rules.index.get(a.to)!;
  const placed = isPlacement(d.s, li, a.to);
  const crossed = crossingInto(d.s, d.rules.index.get(leader.at)!, to, placed);
  if (leader.revealed) d.emit({ type: 'leaderVanished', audience: 'all', leader: leader.id, from: leader.at });
  d.updateLeader(li, leader, a.to, false, true, crossed, leader.lastSeen);
  d.emit({ type: 'leaderMoved', audience: 'islamicState', leader: leader.id, from: leader.at, to: a.to, placed, crossed });
}

/**
 * At the end of the leader phase every leader at large rolls one die, crossing
 * or not, so the number of draws never betrays a secret move.
 */
export function interceptions(d: Draft): void {
  for (let li = 0; li < d.leaderCount; li++) {
    const leader = d.leader(li);
    if (leader.status !== 'atLarge') continue;
    const roll = d.dice.d6();
    if (leader.crossed === 'none') continue;
    const needed = interceptionRoll(leader.crossed);
    d.updateLeader(li, leader, leader.at, leader.revealed, leader.moved, 'none', leader.lastSeen);
    if (roll > needed) {
      d.emit({ type: 'leaderSlipped', audience: 'islamicState', leader: leader.id, region: leader.at, roll, needed });
      continue;
    }
    const region = d.region(d.rules.index.get(leader.at)!);
    const by: Side = region.units[1] > 0 || (region.units[0] === 0 && region.control === 'regime') ? 'regime' : 'coalition';
    d.emit({ type: 'intercepted', audience: 'all', leader: leader.id, region: leader.at, roll, needed });
    capture(d, li, by, 'interception');
  }
}

/** Random reports: one die per leader at large; a six sights a hidden leader where it is. */
export function reports(d: Draft): void {
  for (let li = 0; li < d.leaderCount; li++) {
    const leader = d.leader(li);
    if (leader.status !== 'atLarge') continue;
    const roll = d.dice.d6();
    if (roll < NUMBERS.reportSighting || leader.revealed) continue;
    d.updateLeader(li, leader, leader.at, false, leader.moved, leader.crossed, { region: leader.at, turn: d.s.turn, how: 'report' });
    d.emit({ type: 'leaderSighted', audience: 'all', leader: leader.id, region: leader.at });
  }
}
