import type { EventEffect, Provenance, Side } from './scenario';
import type { CaptureHow, Result } from './state';

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
  | { type: 'regionTaken'; audience: 'all'; side: Side; region: string; from: Side | null }
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
  /** A broken defender falls back (§4.4) to an adjacent region it holds, `to`; with none to go to (`to` null) the survivors surrender. `lost`: men beyond the stacking limit, or all of them. */
  | { type: 'retreated'; audience: 'all'; side: Side; from: string; to: string | null; strength: number; lost: number }
  | { type: 'airStruck'; audience: 'all'; side: Side; target: string; roll: number; garrisonLoss: number; suppressed: boolean }
  | { type: 'searched'; audience: 'all'; side: Side; region: string; needed: number; roll: number; found: number }
  | { type: 'fortified'; audience: 'all'; side: Side; region: string; level: number }
  | { type: 'reinforced'; audience: 'all'; side: Side; region: string; strength: number; pool: number }
  /** Overwatch: the region is dangerous to pass through, and to sit in, until upkeep. */
  | { type: 'watched'; audience: 'all'; side: Side; region: string }
  /** A raid on the revealed leaders in a region: one die for all of them. */
  | { type: 'raided'; audience: 'all'; side: Side; region: string; needed: number; roll: number; caught: number }
  /** A call to the other power (US–Russia deconfliction): escalation falls. */
  | { type: 'deconflicted'; audience: 'all'; side: Side; escalation: number }
  /** Found by a search, spotted sitting in watched ground, or found in a region overrun: everyone knows where the leader is. */
  | { type: 'leaderRevealed'; audience: 'all'; leader: string; region: string; by: Side; how: 'search' | 'watch' | 'overrun' }
  /** A revealed leader followed through its move: everyone sees where it went. */
  | { type: 'leaderTracked'; audience: 'all'; leader: string; from: string; to: string }
  /** A report places a hidden leader: public, but not a reveal. */
  | { type: 'leaderSighted'; audience: 'all'; leader: string; region: string }
  /** A revealed leader lost from sight: it moved a second time (nobody sees where), or went to ground after a failed raid (where it was). */
  | { type: 'leaderVanished'; audience: 'all'; leader: string; from: string; how: 'moved' | 'raid' }
  /** A secret move, and the interception roll it risks (0: none) and from whom. */
  | { type: 'leaderMoved'; audience: 'islamicState'; leader: string; from: string; to: string; danger: number; catcher: Side | null }
  /** A leader that crossed enemy lines and was not stopped: its die, seen by Islamic State only. */
  | { type: 'leaderSlipped'; audience: 'islamicState'; leader: string; region: string; roll: number; needed: number }
  | { type: 'intercepted'; audience: 'all'; leader: string; region: string; roll: number; needed: number }
  | { type: 'leaderCaptured'; audience: 'all'; leader: string; region: string; by: Side; how: CaptureHow }
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
    }
  /** Iran-backed militias go on the attack on their own at upkeep (§8.2); the attack itself follows as an 'attacked' event. */
  | { type: 'militiasAttacked'; audience: 'all'; from: string; to: string }
  /** Siege (§8.3): the works of a fortified Islamic State garrison next to a side with an air force crumble by a level at upkeep. */
  | { type: 'siegeBattered'; audience: 'all'; region: string; level: number }
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
