import type { GameEvent } from './events';
import type { Observation } from './observe';
import type { Ruleset } from './ruleset';

/*
 * The trail: what one side's own history says about each leader's flight,
 * week by week. A leader's position is constant from one leader phase (at the
 * end of each turn) to the next; "slice k" is where it stood after the leader
 * phase of turn k (slice 0: the flight's origin, during turn 1). The trail
 * holds, per leader and slice, where it was seen (fixed), where it was shown
 * not to be (a successful search that found no one, a region taken by the
 * Coalition or the Regime without a capture) and whether it was seen to move;
 * and, per slice, the ground the hunters held and watched when the leaders
 * moved (what made a move dangerous, and what heat it left).
 */
export interface Trail {
  rules: Ruleset;
  /** Slices recorded: 0..slices-1. */
  slices: number;
  /** fixed[l * slices + k]: the region index the leader was seen in, or -1. */
  fixed: Int32Array;
  /** excluded[(l * slices + k) * n + r]: the leader was shown not to be in r. */
  excluded: Uint8Array;
  /** mustMove[l * slices + k]: the leader was seen to leave its place in the leader phase of turn k. */
  mustMove: Uint8Array;
  /** The last slice to sample per leader: its capture's, or the current one. */
  last: Int32Array;
  captured: Uint8Array;
  /** enemyGround[k * n + r]: the Coalition or the Regime held region r when the leader phase of turn k began. */
  enemyGround: Uint8Array;
  /** watched[k * n + r]: the watch bits (1 Coalition, 2 Regime) on region r during the leader phase of turn k. */
  watched: Uint8Array;
}

export function readTrail(obs: Observation, chapters: readonly { events: readonly GameEvent[] }[]): Trail {
  const rules = obs.rules;
  const n = rules.ids.length;
  const L = rules.scenario.leaders.length;
  const slices = obs.turn + 1;
  const fixed = new Int32Array(L * slices).fill(-1);
  const excluded = new Uint8Array(L * slices * n);
  const mustMove = new Uint8Array(L * slices);
  const last = new Int32Array(L).fill(-1);
  const captured = new Uint8Array(L);
  const revealedIn = new Int32Array(L).fill(-1);
  const control = rules.scenario.regions.map((r) => r.control);
  const watched = new Uint8Array(slices * n);
  const watching = new Uint8Array(n);
  const enemyGround = new Uint8Array(slices * n);
  const groundAt = (k: number, held: readonly (string | null)[]) => {
    if (k < 0 || k >= slices) return;
    for (let r = 0; r < n; r++) enemyGround[k * n + r] = held[r] === 'coalition' || held[r] === 'regime' ? 1 : 0;
  };
  let turn = 0;
  let afterLeaders = false;
  const slice = () => Math.min(slices - 1, afterLeaders ? turn : Math.max(0, turn - 1));
  const leader = (id: string) => rules.leaderIndex.get(id) ?? -1;
  const region = (id: string) => rules.index.get(id) ?? -1;
  const fix = (l: number, k: number, r: number) => {
    if (l >= 0 && r >= 0 && k >= 0 && k < slices) fixed[l * slices + k] = r;
  };
  const excludeAll = (k: number, r: number) => {
    if (r < 0) return;
    for (let l = 0; l < L; l++) excluded[(l * slices + k) * n + r] = 1;
  };
  let pending: { k: number; r: number } | null = null;
  for (const chapter of chapters) {
    for (const e of chapter.events) {
      if (pending) {
        const found = e.type === 'leaderRevealed' && e.how === 'overrun' && region(e.region) === pending.r;
        if (!found) excludeAll(pending.k, pending.r);
        pending = null;
      }
      switch (e.type) {
        case 'turnBegan':
          turn = e.turn;
          afterLeaders = false;
          watching.fill(0);
          break;
        case 'watched': {
          const r = region(e.region);
          if (r >= 0) watching[r]! |= e.side === 'coalition' ? 1 : 2;
          break;
        }
        case 'phaseEnded':
          if (e.phase !== 'leaders') break;
          // Control and watches do not change within a leader phase: this is the ground the leaders moved over.
          groundAt(turn, control);
          if (turn < slices) watched.set(watching, turn * n);
          afterLeaders = true;
          for (let l = 0; l < L; l++) if (revealedIn[l]! >= 0) fix(l, turn, revealedIn[l]!);
          break;
        case 'leaderTracked': {
          const l = leader(e.leader);
          if (l < 0) break;
          fix(l, turn - 1, region(e.from));
          fix(l, turn, region(e.to));
          if (turn < slices) mustMove[l * slices + turn] = 1;
          revealedIn[l] = region(e.to);
          break;
        }
        case 'leaderVanished': {
          const l = leader(e.leader);
          if (l < 0) break;
          if (e.how === 'raid') fix(l, slice(), region(e.from));
          else {
            fix(l, turn - 1, region(e.from));
            if (turn < slices) mustMove[l * slices + turn] = 1;
          }
          revealedIn[l] = -1;
          break;
        }
        case 'leaderSighted':
          fix(leader(e.leader), slice(), region(e.region));
          break;
        case 'searched':
          // A hit that found no one clears the region of every hidden leader; one that found one says nothing of the others.
          if (e.roll >= e.needed && e.found === 0) excludeAll(slice(), region(e.region));
          break;
        case 'leaderRevealed': {
          const l = leader(e.leader);
          fix(l, slice(), region(e.region));
          if (l >= 0) revealedIn[l] = region(e.region);
          break;
        }
        case 'regionTaken': {
          const r = region(e.region);
          if (r >= 0) control[r] = e.side;
          // Overrunning a region turns up one hidden leader, if any: with no reveal after it, nobody hid there.
          if (e.side !== 'islamicState') pending = { k: slice(), r };
          break;
        }
        case 'leaderCaptured': {
          const l = leader(e.leader);
          if (l < 0) break;
          fix(l, slice(), region(e.region));
          last[l] = slice();
          captured[l] = 1;
          revealedIn[l] = -1;
          break;
        }
        default:
          break;
      }
    }
  }
  if (pending) excludeAll(pending.k, pending.r);
  if (obs.phase === 'leaders') {
    groundAt(obs.turn, obs.regions.map((r) => r.control));
    for (let r = 0; r < n; r++) watched[obs.turn * n + r] = obs.regions[r]!.watch;
  }
  // Where the side sees a leader now settles its current slice, whatever the history said.
  const current = obs.phase === 'over' ? obs.turn : obs.turn - 1;
  for (let l = 0; l < L; l++) {
    if (captured[l]) continue;
    last[l] = obs.phase === 'leaders' && mustMove[l * slices + obs.turn] ? obs.turn : Math.max(0, current);
    const o = obs.leaders[l]!;
    if (o.status === 'revealed' || o.status === 'atLarge') fix(l, last[l]!, region(o.at));
  }
  return { rules, slices, fixed, excluded, mustMove, last, captured, enemyGround, watched };
}
