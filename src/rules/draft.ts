import type { Action } from './actions';
import type { Chapter, GameEvent } from './events';
import { append, type History } from './history';
import { Dice } from './rng';
import { sideIndex, type Ruleset } from './ruleset';
import type { Side } from './scenario';
import type { GameState, Leader, LeaderAtLarge, RegionState, Strengths } from './state';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function setAt(values: Strengths, side: Side, value: number): Strengths {
  const out: [number, number, number] = [values[0], values[1], values[2]];
  out[sideIndex(side)] = value;
  return out;
}

export function addAt(values: Strengths, side: Side, delta: number): Strengths {
  return setAt(values, side, values[sideIndex(side)] + delta);
}

/** A shallow copy, field by field: far cheaper than a spread of this many keys. */
function copyState(s: GameState): Mutable<GameState> {
  return {
    rules: s.rules,
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    phase: s.phase,
    active: s.active,
    ap: s.ap,
    intel: s.intel,
    pool: s.pool,
    regions: s.regions,
    leaders: s.leaders,
    escalation: s.escalation,
    turkeyTension: s.turkeyTension,
    contacts: s.contacts,
    actions: s.actions,
    chronicle: s.chronicle,
    seen: s.seen,
    result: s.result,
  };
}

/**
 * One action's worth of changes: copies the state once, and each region or
 * leader list only when it is first written, so `apply` never mutates its
 * input and shares everything it did not touch. Events are collected as they
 * happen and filed in the histories when the draft is finished.
 */
export class Draft {
  readonly s: Mutable<GameState>;
  readonly rules: Ruleset;
  readonly dice: Dice;
  readonly events: GameEvent[] = [];
  private regions: RegionState[] | null = null;
  private leaders: Leader[] | null = null;
  /** Where the events of a new turn begin, when the action opened one (an ending phase may). */
  private split = -1;
  private readonly firstTurn: number;

  constructor(state: GameState) {
    this.s = copyState(state);
    this.rules = state.rules;
    this.dice = new Dice(state.rng);
    this.firstTurn = state.turn;
  }

  emit(event: GameEvent): void {
    if (this.split < 0 && this.s.turn !== this.firstTurn) this.split = this.events.length;
    this.events.push(event);
  }

  region(i: number): RegionState {
    return this.s.regions[i]!;
  }

  /**
   * Rewrites region `i` field by field, in the state's field order (no spread: this runs on every move).
   * The first write copies the list into the draft's own state at once, so `d.s` is the board as it now
   * stands for every rule that reads it (the victory checks at upkeep above all), never the board the
   * action started from.
   */
  setRegion(i: number, control: RegionState['control'], units: RegionState['units'], fort: number, suppressedBy: RegionState['suppressedBy'], watch: number): void {
    if (!this.regions) this.s.regions = this.regions = this.s.regions.slice();
    this.regions[i] = { control, units, fort, suppressedBy, watch };
  }

  units(i: number, side: Side): number {
    return this.region(i).units[sideIndex(side)];
  }

  setUnits(i: number, side: Side, value: number): void {
    const r = this.region(i);
    this.setRegion(i, r.control, setAt(r.units, side, value), r.fort, r.suppressedBy, r.watch);
  }

  leader(i: number): Leader {
    return this.s.leaders[i]!;
  }

  get leaderCount(): number {
    return this.s.leaders.length;
  }

  /** As setRegion: the first write copies the list into the draft's own state, which then reads current. */
  setLeader(i: number, leader: Leader): void {
    if (!this.leaders) this.s.leaders = this.leaders = this.s.leaders.slice();
    this.leaders[i] = leader;
  }

  /** Rewrites a leader at large with some fields changed, field by field in the state's field order. */
  patchLeader(i: number, l: LeaderAtLarge, patch: Partial<Omit<LeaderAtLarge, 'id' | 'status'>>): void {
    this.setLeader(i, {
      id: l.id,
      status: 'atLarge',
      at: patch.at ?? l.at,
      revealed: patch.revealed ?? l.revealed,
      tracked: patch.tracked ?? l.tracked,
      foundBy: patch.foundBy !== undefined ? patch.foundBy : l.foundBy,
      moved: patch.moved ?? l.moved,
      danger: patch.danger ?? l.danger,
      catcher: patch.catcher !== undefined ? patch.catcher : l.catcher,
      heat: patch.heat ?? l.heat,
      lastSeen: patch.lastSeen !== undefined ? patch.lastSeen : l.lastSeen,
    });
  }

  /** The new state, and the events in the order they happened. */
  finish(action: Action | null): { ok: true; state: GameState; events: readonly GameEvent[] } {
    const s = this.s;
    if (action) s.actions = append(s.actions, action);
    const events = this.events;
    if (events.length > 0) {
      if (this.split <= 0) this.file({ turn: this.split === 0 ? s.turn : this.firstTurn, events });
      else {
        this.file({ turn: this.firstTurn, events: events.slice(0, this.split) });
        this.file({ turn: s.turn, events: events.slice(this.split) });
      }
    }
    s.rng = this.dice.state();
    return { ok: true, state: s, events };
  }

  /** One chapter into the chronicle, and into each side's history the events it may see (the same chapter when it may see them all). */
  private file(chapter: Chapter): void {
    const s = this.s;
    s.chronicle = append(s.chronicle, chapter);
    let secret = false;
    for (let i = 0; i < chapter.events.length; i++) if (chapter.events[i]!.audience !== 'all') secret = true;
    const seen = s.seen;
    if (!secret) {
      s.seen = [append(seen[0], chapter), append(seen[1], chapter), append(seen[2], chapter)];
      return;
    }
    s.seen = [filed(seen[0], chapter, 'coalition'), filed(seen[1], chapter, 'regime'), filed(seen[2], chapter, 'islamicState')];
  }
}

function filed(list: History<Chapter> | null, chapter: Chapter, side: Side): History<Chapter> | null {
  const mine = chapter.events.filter((e) => e.audience === 'all' || e.audience === side);
  if (mine.length === 0) return list;
  return append(list, mine.length === chapter.events.length ? chapter : { turn: chapter.turn, events: mine });
}
