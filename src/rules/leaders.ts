import type { Action } from './actions';
import type { Draft } from './draft';
import { NUMBERS } from './numbers';
import { dangerOf } from './odds';
import type { Side } from './scenario';
import type { CaptureHow, Sighting } from './state';


/** A leader is captured: public, and credited to the side that did it. */
export function capture(d: Draft, li: number, by: Side, how: CaptureHow): void {
  const leader = d.leader(li);
  if (leader.status !== 'atLarge') return;
  d.setLeader(li, { id: leader.id, status: 'captured', at: leader.at, by, how, turn: d.s.turn });
  d.emit({ type: 'leaderCaptured', audience: 'all', leader: leader.id, region: leader.at, by, how });
}

/** A leader is revealed where it stands, and will be followed through its next move (§6.1). */
export function reveal(d: Draft, li: number, by: Side, how: 'search' | 'watch' | 'overrun'): void {
  const l = d.leader(li);
  if (l.status !== 'atLarge') return;
  const lastSeen: Sighting = { region: l.at, turn: d.s.turn, how };
  d.patchLeader(li, l, { revealed: true, tracked: true, foundBy: by, lastSeen });
  d.emit({ type: 'leaderRevealed', audience: 'all', leader: l.id, region: l.at, by, how });
}

/**
 * A secret move, one link. A hidden leader's destination is Islamic State's
 * alone; a revealed one is followed through this one move, then lost from
 * sight on the next (§6.1).
 */
export function moveLeader(d: Draft, a: Extract<Action, { type: 'moveLeader' }>): void {
  const li = d.rules.leaderIndex.get(a.leader)!;
  const l = d.leader(li);
  if (l.status !== 'atLarge') return;
  const from = d.rules.index.get(l.at)!;
  const to = d.rules.index.get(a.to)!;
  const { danger, catcher } = dangerOf(d.s, from, to);
  if (l.revealed && l.tracked) {
    d.patchLeader(li, l, { at: a.to, tracked: false, moved: true, danger, catcher, lastSeen: { region: a.to, turn: d.s.turn, how: 'track' } });
    d.emit({ type: 'leaderTracked', audience: 'all', leader: l.id, from: l.at, to: a.to });
  } else {
    if (l.revealed) d.emit({ type: 'leaderVanished', audience: 'all', leader: l.id, from: l.at, how: 'moved' });
    d.patchLeader(li, l, { at: a.to, revealed: false, tracked: false, foundBy: null, moved: true, danger, catcher });
  }
  d.emit({ type: 'leaderMoved', audience: 'islamicState', leader: l.id, from: l.at, to: a.to, danger, catcher });
}

/**
 * The leader phase's end (§6.4). Every leader at large rolls one die, whatever
 * it did, so the number of draws never betrays a move: a leader that made a
 * dangerous move is stopped on `danger` or less; one that sat still in
 * watched ground is spotted on `watchSpot` or less. Then heat: a leader that
 * stayed put warms by one; one that moved cools to 0, or to `heatWatched`
 * after a dangerous move.
 */
export function endLeaderPhase(d: Draft): void {
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status !== 'atLarge') continue;
    const roll = d.dice.d6();
    if (l.moved && l.danger > 0) {
      if (roll <= l.danger) {
        d.emit({ type: 'intercepted', audience: 'all', leader: l.id, region: l.at, roll, needed: l.danger });
        capture(d, li, l.catcher ?? 'coalition', 'interception');
        continue;
      }
      d.emit({ type: 'leaderSlipped', audience: 'islamicState', leader: l.id, region: l.at, roll, needed: l.danger });
    }
    const watch = d.region(d.rules.index.get(l.at)!).watch;
    if (!l.moved && !l.revealed && watch !== 0 && roll <= NUMBERS.watchSpot) reveal(d, li, watch & 1 ? 'coalition' : 'regime', 'watch');
    const now = d.leader(li);
    if (now.status !== 'atLarge') continue;
    const heat = l.moved ? (l.danger > 0 ? NUMBERS.heatWatched : 0) : Math.min(NUMBERS.maxHeat, l.heat + 1);
    d.patchLeader(li, now, { moved: false, danger: 0, catcher: null, heat });
  }
}

/** Reports at the start of each turn: one die per leader at large; a hidden one is sighted on reportSighting or more, less its heat (§6.6). */
export function reports(d: Draft): void {
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status !== 'atLarge') continue;
    const roll = d.dice.d6();
    if (l.revealed || roll < NUMBERS.reportSighting - l.heat) continue;
    d.patchLeader(li, l, { lastSeen: { region: l.at, turn: d.s.turn, how: 'report' } });
    d.emit({ type: 'leaderSighted', audience: 'all', leader: l.id, region: l.at });
  }
}
