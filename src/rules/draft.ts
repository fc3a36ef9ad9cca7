import type { Action } from './actions';
import { boardOf, sideIndex, type Board } from './board';
import { Dice } from './rng';
import type { Provenance, Side } from './scenario';
import type { GameState, Leader, LogEntry, RegionState, Sighting, Strengths } from './state';

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
    scenario: s.scenario,
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    date: s.date,
    phase: s.phase,
    active: s.active,
    ap: s.ap,
    intel: s.intel,
    pool: s.pool,
    regions: s.regions,
    leaders: s.leaders,
    sightings: s.sightings,
    escalation: s.escalation,
    turkeyTension: s.turkeyTension,
    vp: s.vp,
    hiddenVp: s.hiddenVp,
    neutralized: s.neutralized,
    actions: s.actions,
    log: s.log,
    result: s.result,
  };
}

/**
 * One action's worth of changes: copies the state once, and each region,
 * leader or list only when it is first written, so `apply` never mutates
 * its input and shares everything it did not touch.
 */
export class Draft {
  readonly s: Mutable<GameState>;
  readonly board: Board;
  readonly dice: Dice;
  private regions: RegionState[] | null = null;
  private leaders: Leader[] | null = null;
  private entries: LogEntry[] = [];
  private seen: Sighting[] = [];

  /** The turn the action was taken in (an ending phase may start the next). */
  private readonly turn: number;

  constructor(state: GameState) {
    this.s = copyState(state);
    this.turn = state.turn;
    this.board = boardOf(state.scenario);
    this.dice = new Dice(state.rng);
  }

  region(i: number): RegionState {
    return (this.regions ?? this.s.regions)[i]!;
  }

  /** Rewrites region `i` field by field, in the state's field order (no spread: this runs on every move). */
  setRegion(i: number, patch: Partial<RegionState>): void {
    const regions = (this.regions ??= this.s.regions.slice());
    const r = regions[i]!;
    regions[i] = {
      control: patch.control !== undefined ? patch.control : r.control,
      units: patch.units ?? r.units,
      fort: patch.fort ?? r.fort,
      suppressedBy: patch.suppressedBy !== undefined ? patch.suppressedBy : r.suppressedBy,
    };
  }

  units(i: number, side: Side): number {
    return this.region(i).units[sideIndex(side)];
  }

  setUnits(i: number, side: Side, value: number): void {
    const regions = (this.regions ??= this.s.regions.slice());
    const r = regions[i]!;
    regions[i] = { control: r.control, units: setAt(r.units, side, value), fort: r.fort, suppressedBy: r.suppressedBy };
  }

  leader(i: number): Leader {
    return (this.leaders ?? this.s.leaders)[i]!;
  }

  get leaderCount(): number {
    return this.s.leaders.length;
  }

  /** Rewrites leader `i` field by field, in the state's field order. */
  setLeader(i: number, patch: Partial<Leader>): void {
    const leaders = (this.leaders ??= this.s.leaders.slice());
    const l = leaders[i]!;
    leaders[i] = {
      id: patch.id ?? l.id,
      at: patch.at !== undefined ? patch.at : l.at,
      status: patch.status ?? l.status,
      revealed: patch.revealed ?? l.revealed,
      moved: patch.moved ?? l.moved,
      crossed: patch.crossed ?? l.crossed,
    };
  }

  log(side: Side | null, text: string, extra?: { secretTo?: Side; source?: Provenance }): void {
    const entry: LogEntry = { turn: this.s.turn, side, text };
    if (extra?.secretTo) entry.secretTo = extra.secretTo;
    if (extra?.source) entry.source = extra.source;
    this.entries.push(entry);
  }

  sight(sighting: Sighting): void {
    this.seen.push(sighting);
  }

  addVp(side: Side, delta: number): void {
    this.s.vp = addAt(this.s.vp, side, delta);
  }

  regionName(i: number): string {
    return this.s.scenario.regions[i]!.name;
  }

  leaderName(i: number): string {
    return this.s.scenario.leaders[i]!.name;
  }

  finish(action: Action | null): GameState {
    if (this.regions) this.s.regions = this.regions;
    if (this.leaders) this.s.leaders = this.leaders;
    const entries = this.entries;
    if (entries.length) {
      const log = this.s.log.slice();
      // Entries come in turn order (an ending phase may open the next turn): one copy per turn touched.
      for (let i = 0; i < entries.length; ) {
        const turn = entries[i]!.turn;
        let j = i + 1;
        while (j < entries.length && entries[j]!.turn === turn) j++;
        while (log.length <= turn) log.push([]);
        const before = log[turn]!;
        const after = before.slice();
        for (let k = i; k < j; k++) after.push(entries[k]!);
        log[turn] = after;
        i = j;
      }
      this.s.log = log;
    }
    if (this.seen.length) this.s.sightings = this.s.sightings.concat(this.seen);
    if (action) {
      const actions = this.s.actions.slice();
      while (actions.length <= this.turn) actions.push([]);
      const list = actions[this.turn]!.slice();
      list.push(action);
      actions[this.turn] = list;
      this.s.actions = actions;
    }
    this.s.rng = this.dice.state();
    return this.s;
  }
}
