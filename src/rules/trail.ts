import type { GameEvent } from './events';
import type { Observation } from './observe';
import type { Ruleset } from './ruleset';

/*
 * The trail: what one side's own history says about each leader's flight,
 * week by week. A leader's position is constant from one leader phase to the
 * next; "slice k" is where it stood after the leader phase of turn k (slice 0:
 * the flight's origin, before turn 1's leader phase). The trail holds, per
 * leader and slice, where it was seen (fixed), where it was shown not to be
 * (a successful search that found no one, a region taken by the Coalition or
 * the Regime without a capture) and whether it was seen to move; and, per
 * upkeep, which redoubts Islamic State held (its secret points depend on it).
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
  /** Upkeeps so far: the turn, and per region whether it was a redoubt Islamic State held then. */
  upkeeps: { turn: number; held: Uint8Array }[];
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
  const upkeeps: Trail['upkeeps'] = [];
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
  for (const chapter of chapters) {
    for (const e of chapter.events) {
      switch (e.type) {
        case 'turnBegan':
          turn = e.turn;
          afterLeaders = false;
          break;
        case 'phaseBegan':
          // A turn without a leader phase (no leader at large) goes straight to operations.
          if (e.phase === 'operations' && e.side === 'coalition') afterLeaders = true;
          break;
        case 'phaseEnded':
          if (e.phase !== 'leaders') break;
          // Control does not change within a leader phase: this is the ground the leaders moved over.
          groundAt(turn, control);
          afterLeaders = true;
          for (let l = 0; l < L; l++) if (revealedIn[l]! >= 0) fix(l, turn, revealedIn[l]!);
          break;
        case 'leaderVanished': {
          const l = leader(e.leader);
          if (l < 0) break;
          fix(l, turn - 1, region(e.from));
          if (turn < slices) mustMove[l * slices + turn] = 1;
          revealedIn[l] = -1;
          break;
        }
        case 'leaderSighted':
          fix(leader(e.leader), slice(), region(e.region));
          break;
        case 'searched':
          if (e.roll >= e.needed) excludeAll(slice(), region(e.region));
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
          if (e.side !== 'islamicState') excludeAll(slice(), r);
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
        case 'turnEnded': {
          const held = new Uint8Array(n);
          for (const r of rules.redoubts) if (control[r] === 'islamicState') held[r] = 1;
          upkeeps.push({ turn: e.turn, held });
          break;
        }
        default:
          break;
      }
    }
  }
  if (obs.phase === 'leaders') groundAt(obs.turn, obs.regions.map((r) => r.control));
  // Where the side sees a leader now settles its current slice, whatever the history said.
  const current = obs.phase === 'leaders' ? obs.turn - 1 : obs.turn;
  for (let l = 0; l < L; l++) {
    if (captured[l]) continue;
    last[l] = obs.phase === 'leaders' && mustMove[l * slices + obs.turn] ? obs.turn : Math.max(0, current);
    const o = obs.leaders[l]!;
    if (o.status === 'revealed' || o.status === 'atLarge') fix(l, last[l]!, region(o.at));
  }
  return { rules, slices, fixed, excluded, mustMove, last, captured, enemyGround, upkeeps };
}
