import {
  apply,
  canUndo,
  hash,
  legalActions,
  newGame,
  observe,
  regionOptions,
  SIDES,
  type Action,
  type Applied,
  type GameEvent,
  type GameState,
  type Observation,
  type RegionOptions,
  type Scenario,
  type Side,
} from '../rules';
import { writeAutosave } from './storage';

export type Seat = 'human' | 'bot';
export type Speed = 'slow' | 'normal' | 'fast' | 'instant';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast', 'instant'];
/** Milliseconds between two bot actions at each speed. */
export const SPEED_DELAY: Record<Speed, number> = { slow: 700, normal: 280, fast: 60, instant: 0 };

export interface SessionConfig {
  seats: Record<Side, Seat>;
  botLevel: string;
  speed: Speed;
}

/** What `apply` answered: the new state and every event it produced (each naming its audience), or the rule's refusal. */
export type ActResult = Applied<GameState, GameEvent>;

/**
 * One game being played in the page: the engine state, who sits at each side,
 * the undo stack and the autosave. Everything the page shows is derived from
 * `state` through `observe`; nothing lives only in sprites.
 */
export class Session {
  state: GameState;
  config: SessionConfig;
  private undoStack: GameState[] = [];
  /** The human side that last looked at the board: hot-seat hides the board when this changes. */
  seenBy: Side | null = null;
  autosaveError: string | null = null;
  private listeners = new Set<() => void>();
  /** The side to move's region options, for the state they were read from: the board asks for them every frame. */
  private optionsFor: { state: GameState; options: ReadonlyMap<string, RegionOptions> } | null = null;

  constructor(state: GameState, config: SessionConfig) {
    this.state = state;
    this.config = config;
  }

  static start(scenario: Scenario, seed: string, config: SessionConfig): Session {
    const s = new Session(newGame(scenario, seed), config);
    s.save();
    return s;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    this.save();
    for (const fn of [...this.listeners]) fn();
  }

  save(): void {
    const r = writeAutosave(this.state, this.config);
    this.autosaveError = r.ok ? null : r.error;
  }

  isHuman(side: Side): boolean {
    return this.config.seats[side] === 'human';
  }

  humans(): Side[] {
    return SIDES.filter((s) => this.isHuman(s));
  }

  /** Whose eyes the board is drawn for: the active human, else the last human to look, else the first human, else the Coalition. */
  viewer(): Side {
    const s = this.state;
    if (s.phase !== 'over' && this.isHuman(s.active)) return s.active;
    if (this.seenBy) return this.seenBy;
    return this.humans()[0] ?? 'coalition';
  }

  /** What the viewer knows: all the page ever draws for a player. */
  observation(): Observation {
    return observe(this.state, this.viewer());
  }

  humanToMove(): boolean {
    return this.state.phase !== 'over' && this.isHuman(this.state.active);
  }

  /** Hot-seat: a different human is about to see the board. */
  needsHandOver(): boolean {
    if (!this.humanToMove() || this.humans().length < 2) return false;
    return this.seenBy !== null && this.seenBy !== this.state.active;
  }

  /** The side to move's legal actions, read off its own observation (which holds everything legality needs). */
  legal(): Action[] {
    const side = this.state.active;
    return legalActions(observe(this.state, side), side);
  }

  /** What the side to move may do from each region (moves, attacks, region actions, leader moves). */
  options(): ReadonlyMap<string, RegionOptions> {
    if (this.optionsFor?.state !== this.state) {
      const side = this.state.active;
      this.optionsFor = { state: this.state, options: regionOptions(observe(this.state, side), side) };
    }
    return this.optionsFor.options;
  }

  act(action: Action): ActResult {
    const before = this.state;
    const result = apply(before, action);
    if (!result.ok) return result;
    const human = this.isHuman(action.side);
    if (human && canUndo(before, result.state, result.events)) this.undoStack.push(before);
    else this.undoStack = [];
    this.state = result.state;
    this.changed();
    return result;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0 && this.humanToMove();
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.state = previous;
    this.changed();
    return true;
  }

  hash(): string {
    return hash(this.state);
  }
}
