import type { Provenance, Scenario, Side } from './scenario';

/** seedrandom's alea generator state, saved after every draw. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** Per-side strengths, indexed like SIDES: [coalition, regime, islamicState]. */
export type Strengths = readonly [number, number, number];

export interface RegionState {
  /** Who holds the region; it stays with the last side whose units were there. */
  control: Side | null;
  units: Strengths;
  fort: number;
  /** Side whose air strike suppressed this region this turn (an attack shift for that side). */
  suppressedBy: Side | null;
}

export type LeaderStatus = 'atLarge' | 'captured';

export interface Leader {
  id: string;
  /** Where the leader is. Secret: only Islamic State sees it while the leader is hidden. */
  at: string | null;
  status: LeaderStatus;
  /** Everyone knows where the leader is until it next moves. */
  revealed: boolean;
  /** Moved already this turn. Secret like `at`. */
  moved: boolean;
  /** Moved into a region held by the enemy this phase: rolls for interception at the phase's end. Secret. */
  crossed: 'none' | 'closed' | 'noose';
}

/** A public report of a leader's whereabouts at a given turn. */
export interface Sighting {
  leader: string;
  region: string;
  turn: number;
  how: 'search' | 'report' | 'interception' | 'capture';
}

export interface LogEntry {
  turn: number;
  side: Side | null;
  text: string;
  /** Only this side may read the entry (Islamic State's secret moves). */
  secretTo?: Side;
  /** The document sentence a scenario event came from. */
  source?: Provenance;
}

export type Phase = 'leaders' | 'operations' | 'over';

export interface Result {
  winner: Side | null;
  reason: string;
}

export interface GameState {
  scenario: Scenario;
  seed: string;
  rng: RngState;
  turn: number;
  /** ISO date of the current turn. */
  date: string;
  phase: Phase;
  active: Side;
  ap: number;
  /** Search points left this turn, per side. */
  intel: Strengths;
  /** Reinforcement pools, per side. */
  pool: Strengths;
  /** Indexed like scenario.regions. */
  regions: readonly RegionState[];
  /** Indexed like scenario.leaders. */
  leaders: readonly Leader[];
  sightings: readonly Sighting[];
  escalation: number;
  turkeyTension: number;
  /** Public victory points, per side. */
  vp: Strengths;
  /** Islamic State's redoubt points, scored in secret each turn; public only once the game is over. */
  hiddenVp: number;
  /** Neutralized leader value credited to each side. */
  neutralized: Strengths;
  /**
   * Every action applied since setup, one list per turn (index = turn; 0, the
   * setup, is empty): with the scenario and seed, a replay. Grouped by turn so
   * that an action copies only its own turn's list, never the whole history.
   */
  actions: readonly (readonly import('./actions').Action[])[];
  /** The game's narrative, one list per turn like `actions` (0: the setup). */
  log: readonly (readonly LogEntry[])[];
  result: Result | null;
}
