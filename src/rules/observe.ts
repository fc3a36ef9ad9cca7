import type { Chapter } from './events';
import type { History } from './history';
import type { Ruleset } from './ruleset';
import { sideIndex } from './ruleset';
import type { Side } from './scenario';
import type { GameState, Leader, Phase, RegionState, Result, Sighting, Strengths } from './state';

/** A leader whose whereabouts this side does not know: nothing but when and where it was last seen, if ever. */
export interface HiddenLeader {
  id: string;
  status: 'hidden';
  lastSeen?: Sighting;
}

/** Another side's leader at large that a search has revealed: where it is, until it next moves. */
export interface RevealedLeader {
  id: string;
  status: 'revealed';
  at: string;
  /** Followed through its next move (§6.1). */
  tracked: boolean;
  /** The side that found it, the only one that may raid it (§6.5). */
  foundBy: Side | null;
  lastSeen: Sighting;
}

/** A leader as one side knows it: in full (its own side's, a captured one, or any once the game is over), revealed, or hidden. */
export type ObservedLeader = Leader | HiddenLeader | RevealedLeader;

/**
 * What one side knows. Not the state with fields blanked: what a side cannot
 * know is absent from the type (a hidden leader has no position, heat or
 * move), and its log holds only the events it may see.
 */
export interface Observation {
  viewer: Side;
  rules: Ruleset;
  turn: number;
  phase: Phase;
  active: Side;
  ap: number;
  intel: Strengths;
  pool: Strengths;
  regions: readonly RegionState[];
  leaders: readonly ObservedLeader[];
  escalation: number;
  turkeyTension: number;
  /** Region pairs in contact at the last upkeep (public: units are). */
  contacts: readonly number[];
  /** The events this side has seen, newest first. */
  log: History<Chapter> | null;
  result: Result | null;
}

/** What the rules read to decide legality and odds: the whole state, or one side's observation of it. */
export type Position = GameState | Observation;

export function observe(state: GameState, side: Side): Observation {
  const over = state.phase === 'over';
  const all = side === 'islamicState' || over;
  return {
    viewer: side,
    rules: state.rules,
    turn: state.turn,
    phase: state.phase,
    active: state.active,
    ap: state.ap,
    intel: state.intel,
    pool: state.pool,
    regions: state.regions,
    leaders: all ? state.leaders : enemyLeaders(state.leaders),
    escalation: state.escalation,
    turkeyTension: state.turkeyTension,
    contacts: state.contacts,

    // Once the game is over nothing is secret: every side reads the whole chronicle.
    log: over ? state.chronicle : state.seen[sideIndex(side)],
    result: state.result,
  };
}

/** Islamic State's leaders as its enemies know them. */
function enemyLeaders(leaders: readonly Leader[]): ObservedLeader[] {
  const out = new Array<ObservedLeader>(leaders.length);
  for (let i = 0; i < leaders.length; i++) {
    const l = leaders[i]!;
    if (l.status === 'captured') out[i] = l;
    else if (l.revealed && l.lastSeen) out[i] = { id: l.id, status: 'revealed', at: l.at, tracked: l.tracked, foundBy: l.foundBy, lastSeen: l.lastSeen };
    else out[i] = l.lastSeen ? { id: l.id, status: 'hidden', lastSeen: l.lastSeen } : { id: l.id, status: 'hidden' };
  }
  return out;
}

/** Where a leader at large is known to everyone, or null. */
export function revealedAt(l: Leader | ObservedLeader): string | null {
  if (l.status === 'revealed') return l.at;
  if (l.status === 'atLarge' && l.revealed) return l.at;
  return null;
}

/** The ISO date of the current turn, from the state or any side's observation. */
export function dateOf(game: Position): string {
  return game.rules.dates[game.turn] ?? game.rules.scenario.startDate;
}
