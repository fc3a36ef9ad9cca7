import type { Action } from './actions';
import type { Chapter } from './events';
import type { History } from './history';
import type { Ruleset } from './ruleset';
import type { Side } from './scenario';

/** seedrandom's alea generator state, saved after every draw. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** Per-side numbers, indexed like SIDES: [coalition, regime, islamicState]. */
export type Strengths = readonly [number, number, number];

export interface RegionState {
  /** Who holds the region; it stays with the last side whose units were there. */
  control: Side | null;
  units: Strengths;
  fort: number;
  /** Side whose air strike suppressed this region this turn (an attack shift for that side). */
  suppressedBy: Side | null;
  /** Who watches the region until upkeep (§5.2): 1 the Coalition, 2 the Regime, 3 both. */
  watch: number;
}


/** Where and how a leader was last seen by everyone. */
export interface Sighting {
  region: string;
  turn: number;
  how: 'origin' | 'report' | 'search' | 'watch' | 'overrun' | 'track';
}

/**
 * How a leader was caught: by a raid on a leader the raider found, or stopped
 * crossing hunter-held or watched ground. Units walking in find a leader but
 * never catch him (§4.7).
 */
export type CaptureHow = 'raid' | 'interception';

/** The hunt's captures: all of them, by design (§4.7). */
export const HUNT_CAPTURES: readonly CaptureHow[] = ['raid', 'interception'];

export interface LeaderAtLarge {
  id: string;
  status: 'atLarge';
  /** Secret while the leader is hidden: only Islamic State knows it. */
  at: string;
  /** Everyone knows where the leader is. */
  revealed: boolean;
  /** A revealed leader is followed through its next move (§6.1): public, like `revealed`. */
  tracked: boolean;
  /** Who found a revealed leader: only that side may raid him (§6.5). Public. */
  foundBy: Side | null;
  /** Moved already this leader phase. Secret like `at`. */
  moved: boolean;
  /** The interception roll its move this phase risks (stopped on this roll or lower; 0: none), and who would stop it. Secret. */
  danger: number;
  catcher: Side | null;
  /** Weeks spent in place, 0..maxHeat: reports sight a hot leader more easily (§6.6). Secret. */
  heat: number;
  /** Public: the last report, search or track that placed the leader. */
  lastSeen: Sighting | null;
}

export interface LeaderCaptured {
  id: string;
  status: 'captured';
  at: string;
  by: Side;
  how: CaptureHow;
  turn: number;
}

export type Leader = LeaderAtLarge | LeaderCaptured;

export type Phase = 'leaders' | 'operations' | 'over';

/** Why the game ended the way it did (docs/RULES.md §9). */
export type WinReason =
  /** The Coalition holds its objective having caught most of the leadership itself: it wins at once. */
  | 'suddenDeath'
  /** The last turn ended, or the campaign did (§9.4): the highest victory margin won. */
  | 'margin'
  /** The last turn (or the campaign, §9.4) ended with the best margins tied, and the leaders did not break the tie. */
  | 'tie';

export interface Result {
  winner: Side | null;
  reason: WinReason;
  turn: number;
  /** Each side's victory margin at the end (§9). */
  margins: Strengths;
  /** Leader value each side caught, and still at large (indexed like SIDES: Islamic State's is at large). */
  leaders: Strengths;
  leaderValue: number;
  /** The campaign ended before its last turn: Islamic State had no fighters left on the map and none to raise (§9.4). */
  routed: boolean;
}

export interface GameState {
  /** The scenario and the tables derived from it, built once per scenario and shared by every state of a game. */
  rules: Ruleset;
  seed: string;
  rng: RngState;
  turn: number;
  phase: Phase;
  active: Side;
  ap: number;
  /** Search points left this turn, per side. */
  intel: Strengths;
  /** Reinforcement pools, per side. */
  pool: Strengths;
  /** Indexed like the scenario's regions. */
  regions: readonly RegionState[];
  /** Indexed like the scenario's leaders. */
  leaders: readonly Leader[];
  escalation: number;
  turkeyTension: number;
  /** Region pairs (a * regions + b, a < b) where Coalition and Regime units were in contact at the last upkeep: only new contact risks an incident. */
  contacts: readonly number[];
  /** Every action applied since setup, newest first: with the scenario and seed, a replay. */
  actions: History<Action> | null;
  /** Everything that happened, newest first. */
  chronicle: History<Chapter> | null;
  /** What each side has seen of the chronicle (indexed like SIDES): the events it may see, and only those. */
  seen: readonly [History<Chapter> | null, History<Chapter> | null, History<Chapter> | null];
  result: Result | null;
}
