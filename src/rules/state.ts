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
}

/** How a leader crossed enemy lines this leader phase: not, into a closed region, or out of the noose's centre. */
export type Crossing = 'none' | 'closed' | 'noose';

/** Where and how a leader was last seen by everyone. */
export interface Sighting {
  region: string;
  turn: number;
  how: 'report' | 'search';
}

/** How a leader was caught: in a region taken, by units entering onto a revealed leader, by a search with units there, or crossing enemy lines. */
export type CaptureHow = 'taken' | 'cornered' | 'search' | 'interception';

export interface LeaderAtLarge {
  id: string;
  status: 'atLarge';
  /** Secret while the leader is hidden: only Islamic State knows it. */
  at: string;
  /** Everyone knows where the leader is until it next moves. */
  revealed: boolean;
  /** Moved already this turn. Secret like `at`. */
  moved: boolean;
  /** Crossed enemy lines this leader phase: rolls for interception at the phase's end. Secret. */
  crossed: Crossing;
  /** Public: the last report or search that placed the leader. */
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
  /** The Coalition holds its objective with most of the leadership neutralized. */
  | 'coalitionObjective'
  /** The Regime holds its objective and more valley towns than the Coalition. */
  | 'regimeObjective'
  /** Islamic State ends the game with leaders at large in redoubts it holds. */
  | 'leadersEscaped'
  /** Several sides' conditions held, or none: the most victory points won. */
  | 'victoryPoints'
  /** As `victoryPoints`, but the best were tied. */
  | 'tie';

export interface Result {
  winner: Side | null;
  reason: WinReason;
  /** The sides whose victory condition held at the end. */
  met: readonly Side[];
  turn: number;
  /** Final victory points, Islamic State's secret points included. */
  vp: Strengths;
  /** Leader value neutralized, of the total. */
  neutralized: number;
  leaderValue: number;
  /** Leaders at large in redoubts Islamic State holds. */
  leadersSafe: number;
  /** Valley towns held per side. */
  valleyTowns: Strengths;
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
  /** Public victory points, per side. */
  vp: Strengths;
  /** Islamic State's redoubt points, scored in secret each turn; public only once the game is over. */
  hiddenVp: number;
  /** Neutralized leader value credited to each side. */
  neutralized: Strengths;
  /** Every action applied since setup, newest first: with the scenario and seed, a replay. */
  actions: History<Action> | null;
  /** Everything that happened, newest first. */
  chronicle: History<Chapter> | null;
  /** What each side has seen of the chronicle (indexed like SIDES): the events it may see, and only those. */
  seen: readonly [History<Chapter> | null, History<Chapter> | null, History<Chapter> | null];
  result: Result | null;
}
