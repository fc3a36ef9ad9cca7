import { apply, canUndo, hash, legalActions, newGame, SIDES, view, type Action, type GameState, type GameView, type RuleError, type Scenario, type Side } from '../rules';
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

export type ActResult = { ok: true; state: GameState } | { ok: false; error: RuleError };

/**
 * One game being played in the page: the engine state, who sits at each side,
 * the undo stack and the autosave. Everything the page shows is derived from
 * `state` through `view`; nothing lives only in sprites.
 */
export class Session {
  state: GameState;
  config: SessionConfig;
  private undoStack: GameState[] = [];
  /** The human side that last looked at the board: hot-seat hides the board when this changes. */
  seenBy: Side | null = null;
  autosaveError: string | null = null;
  private listeners = new Set<() => void>();

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

  view(): GameView {
    return view(this.state, this.viewer());
  }

  humanToMove(): boolean {
    return this.state.phase !== 'over' && this.isHuman(this.state.active);
  }

  /** Hot-seat: a different human is about to see the board. */
  needsHandOver(): boolean {
    if (!this.humanToMove() || this.humans().length < 2) return false;
    return this.seenBy !== null && this.seenBy !== this.state.active;
  }

  legal(): Action[] {
    return legalActions(this.view(), this.state.active);
  }

  act(action: Action): ActResult {
    const before = this.state;
    const result = apply(before, action);
    if (!result.ok) return result;
    const human = this.isHuman(action.side);
    if (human && canUndo(before, result.state)) this.undoStack.push(before);
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
