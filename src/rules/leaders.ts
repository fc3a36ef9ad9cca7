import type { Action } from './actions';
import { enemyHeld, placement } from './check';
import { addAt, type Draft } from './draft';
import { NUMBERS } from './numbers';
import { SIDE_NAMES, type Side } from './scenario';
import type { Sighting } from './state';

/** A leader is captured: public, and credited to the side that did it. */
export function neutralize(d: Draft, li: number, by: Side, how: Sighting['how']): void {
  const leader = d.leader(li);
  const value = d.s.scenario.leaders[li]!.value;
  d.setLeader(li, { status: 'captured', revealed: true, crossed: 'none' });
  d.s.neutralized = addAt(d.s.neutralized, by, value);
  d.addVp(by, value * NUMBERS.vpPerLeaderValue);
  if (leader.at) {
    d.sight({ leader: leader.id, region: leader.at, turn: d.s.turn, how });
    const where = d.regionName(d.board.index.get(leader.at)!);
    d.log(by, `${d.leaderName(li)} is captured by the ${SIDE_NAMES[by]} in ${where}.`);
  }
}

/** A secret move: logged for Islamic State only. */
export function moveLeader(d: Draft, a: Extract<Action, { type: 'moveLeader' }>): void {
  const li = d.board.leaderIndex.get(a.leader)!;
  const leader = d.leader(li);
  const to = d.board.index.get(a.to)!;
  const placed = placement(d.s, li, a.to);
  let crossed: 'none' | 'closed' | 'noose' = 'none';
  if (!placed && enemyHeld(d.region(to))) {
    const fromCenter = leader.at === d.board.ids[d.board.center];
    crossed = fromCenter && d.region(to).control === 'coalition' ? 'noose' : 'closed';
  }
  d.setLeader(li, { at: a.to, moved: true, revealed: false, crossed });
  const risk = crossed === 'none' ? '' : ', slipping through enemy lines';
  d.log('islamicState', `${d.leaderName(li)} ${placed ? 'is placed' : 'moves'} in secret to ${d.regionName(to)}${risk}.`, { secretTo: 'islamicState' });
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
    const needed = leader.crossed === 'noose' ? NUMBERS.interceptNoose : NUMBERS.interceptClosed;
    d.setLeader(li, { crossed: 'none' });
    if (roll > needed || leader.at === null) continue;
    const region = d.region(d.board.index.get(leader.at)!);
    const by: Side = region.units[1] > 0 || (region.units[0] === 0 && region.control === 'regime') ? 'regime' : 'coalition';
    d.setLeader(li, { revealed: true });
    neutralize(d, li, by, 'interception');
  }
}

/** Random reports: one die per leader at large; a six sights a hidden leader where it is. */
export function reports(d: Draft): void {
  for (let li = 0; li < d.leaderCount; li++) {
    const leader = d.leader(li);
    if (leader.status !== 'atLarge') continue;
    const roll = d.dice.d6();
    if (roll < NUMBERS.reportSighting || leader.revealed || leader.at === null) continue;
    d.sight({ leader: leader.id, region: leader.at, turn: d.s.turn, how: 'report' });
    d.log(null, `A report places ${d.leaderName(li)} in ${d.regionName(d.board.index.get(leader.at)!)}.`);
  }
}
