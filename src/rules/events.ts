import type { EventEffect, Provenance, Side } from './scenario';
import type { Crossing, CaptureHow, Result } from './state';

/** Who may see an event: every side, or one side only (Islamic State's secret moves). */
export type Audience = 'all' | Side;

/** An odds shift in an attack: the kind, and columns shifted. */
export interface Modifier {
  kind: 'airSupport' | 'fortified' | 'encircled';
  shift: number;
}

/** The random event table's results (docs/RULES.md §7). */
export type RandomEventKind = 'turkeyTension' | 'militiaIncident' | 'regroup' | 'quiet';

/**
 * Everything a player can notice, as data: what `apply` returns and what the
 * history keeps. Region, leader and event ids are the scenario's; every event
 * names its audience. Sentences are made from these only when shown
 * (`describe`), so rewording never touches a state or a replay.
 */
export type GameEvent =
  | { type: 'gameBegan'; audience: 'all'; turns: number; startDate: string }
  | { type: 'turnBegan'; audience: 'all'; turn: number; date: string }
  | { type: 'phaseBegan'; audience: 'all'; phase: 'leaders' | 'operations'; side: Side; ap: number }
  | { type: 'phaseEnded'; audience: 'all'; phase: 'leaders' | 'operations'; side: Side }
  | { type: 'moved'; audience: 'all'; side: Side; from: string; to: string; strength: number }
  | { type: 'regionTaken'; audience: 'all'; side: Side; region: string; from: Side | null; vp: number }
  | {
      type: 'attacked';
      audience: 'all';
      side: Side;
      from: string;
      to: string;
      defender: Side;
      attackStrength: number;
      defendStrength: number;
      /** Odds column before shifts, 0..4 (ODDS_COLUMNS names it). */
      column: number;
      shifts: readonly Modifier[];
      roll: number;
      attackerLoss: number;
      defenderLoss: number;
    }
  | { type: 'airStruck'; audience: 'all'; side: Side; target: string; roll: number; garrisonLoss: number; suppressed: boolean }
  | { type: 'searched'; audience: 'all'; side: Side; region: string; needed: number; roll: number; found: number }
  | { type: 'fortified'; audience: 'all'; side: Side; region: string; level: number }
  | { type: 'reinforced'; audience: 'all'; side: Side; region: string; strength: number; pool: number }
  /** Found by a search: everyone knows where the leader is until it next moves. */
  | { type: 'leaderRevealed'; audience: 'all'; leader: string; region: string; by: Side }
  /** A report places a hidden leader: public, but not a reveal. */
  | { type: 'leaderSighted'; audience: 'all'; leader: string; region: string }
  /** A revealed leader moved: everyone sees it gone, nobody sees where. */
  | { type: 'leaderVanished'; audience: 'all'; leader: string; from: string }
  | { type: 'leaderMoved'; audience: 'islamicState'; leader: string; from: string; to: string; placed: boolean; crossed: Crossing }
  /** A leader that crossed enemy lines and was not stopped: its die, seen by Islamic State only. */
  | { type: 'leaderSlipped'; audience: 'islamicState'; leader: string; region: string; roll: number; needed: number }
  | { type: 'intercepted'; audience: 'all'; leader: string; region: string; roll: number; needed: number }
  | { type: 'leaderCaptured'; audience: 'all'; leader: string; region: string; by: Side; how: CaptureHow; vp: number }
  | { type: 'scenarioEvent'; audience: 'all'; event: string; title: string; effect: EventEffect; source: Provenance | null }
  | { type: 'randomEvent'; audience: 'all'; roll: number; kind: RandomEventKind; region: string | null }
  | { type: 'trackChanged'; audience: 'all'; track: 'escalation' | 'turkeyTension'; value: number; delta: number }
  | {
      type: 'incident';
      audience: 'all';
      cause: 'contact' | 'militia' | 'event';
      /** The two regions in contact (cause 'contact'). */
      regions: readonly [string, string] | null;
      roll: number | null;
      escalation: number;
      vpLoss: number;
    }
  | { type: 'objectiveHeld'; audience: 'all'; side: Side; region: string; vp: number }
  | { type: 'redoubtsScored'; audience: 'islamicState'; leaders: number; vp: number }
  | { type: 'turnEnded'; audience: 'all'; turn: number }
  | { type: 'gameOver'; audience: 'all'; result: Result };

export type GameEventType = GameEvent['type'];

export function canSee(event: GameEvent, side: Side): boolean {
  return event.audience === 'all' || event.audience === side;
}

/** The events of one turn from one `apply` (or setup): the unit the history keeps. */
export interface Chapter {
  turn: number;
  events: readonly GameEvent[];
}
