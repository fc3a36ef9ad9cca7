import {
  apply,
  canUndo,
  hash,
  legalActions,
  observe,
  regionOptions,
  SIDES,
  type Action,
  type Applied,
  type GameEvent,
  type GameState,
  type Observation,
  type RegionOptions,
  type Side,
} from '../rules';
import { AutosaveQueue } from './storage';

export type Seat = 'human' | 'bot';
export type Speed = 'slow' | 'normal' | 'fast' | 'instant';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast', 'instant'];
/** Milliseconds between two bot actions at each speed. */
export const SPEED_DELAY: Record<Speed, number> = { slow: 700, normal: 280, fast: 60, instant: 0 };

export interface SessionConfig {
  seats: Record<Side, Seat>;
  botLevel: string;
  speed: Speed;
  /** The seed's SHA-256 shown before the first die (src/app/dice.ts); null or absent when a player chose the seed, so the dice were known. */
  commitment?: string | null;
}

/** What `apply` answered: the new state and every event it produced (each naming its audience), or the rule's refusal. */
export type ActResult = Applied<GameState, GameEvent>;

/**
 * One game being played in the page: the engine state, who sits at each side,
 * the undo stack and the autosave. Everything the page shows is derived from
 * `state` through `observe`; nothing lives only in sprites, and nothing is
 * shown before its autosave is on disk (`saving`, `onChange`).
 */
export class Session {
  state: GameState;
  config: SessionConfig;
  private undoStack: GameState[] = [];
  /** The human side that last looked at the board: hot-seat hides the board when this changes. */
  seenBy: Side | null = null;
  /** Another tab of this browser took the game over (src/app/tabs.ts): this one neither plays nor saves any more. */
  closed = false;
  private listeners = new Set<() => void>();
  /** Listeners hear of a change once its autosave is on disk: what the board shows, a crash cannot take back. */
  private readonly autosave = new AutosaveQueue(() => {
    for (const fn of [...this.listeners]) fn();
  });
  /** The side to move's region options, for the state they were read from: the board asks for them every frame. */
  private optionsFor: { state: GameState; options: ReadonlyMap<string, RegionOptions> } | null = null;

  constructor(state: GameState, config: SessionConfig) {
    this.state = state;
    this.config = config;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Autosaves the game as it is now; `saving()` until it is committed to disk (or the browser refused it: `autosaveError`). */
  save(): void {
    if (this.closed) return;
    this.autosave.request(this.state, this.config);
  }

  /** Another tab took the game over: stop playing and saving (a write not yet begun is dropped), and let the table know. */
  close(): void {
    this.closed = true;
    this.undoStack = [];
    this.autosave.stop();
    for (const fn of [...this.listeners]) fn();
  }

  /** The game has changed since the last committed autosave: the board waits before showing it. */
  saving(): boolean {
    return this.autosave.busy;
  }

  get autosaveError(): string | null {
    return this.autosave.error;
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

  /**
   * The next human to play: the side to move if a human plays it, else the
   * first human after it in the week's order (Coalition, Regime, Islamic
   * State, whose leader phase ends the week). Null when no human plays.
   */
  nextHuman(): Side | null {
    const from = SIDES.indexOf(this.state.active);
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[(from + k) % SIDES.length]!;
      if (this.isHuman(side)) return side;
    }
    return null;
  }

  /**
   * Hot-seat: the board stays hidden until the next human to play has said
   * they are at the screen (`handOverTo`). That is before the first phase,
   * whenever the page is opened again (nobody has said so on this page yet),
   * and as soon as one player's sitting ends, before the bots between play
   * on under the last player's eyes.
   */
  needsHandOver(): boolean {
    if (this.state.phase === 'over' || this.humans().length < 2) return false;
    const next = this.nextHuman();
    return next !== null && next !== this.seenBy;
  }

  /** The next human has said they are at the screen (Enter or the hand-over card's button). */
  handOverTo(): void {
    this.seenBy = this.nextHuman();
  }

  /** The human side whose board is on the screen and who may act now, or null (a bot's turn, a hand-over, the game over). */
  atScreen(): Side | null {
    return this.humanToMove() && !this.needsHandOver() && !this.closed ? this.state.active : null;
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
    if (this.closed) return { ok: false, error: { code: 'ERR_GAME_OVER', message: 'This game continues in another tab; this one has stopped.' } };
    const result = apply(before, action);
    if (!result.ok) return result;
    const human = this.isHuman(action.side);
    if (human && canUndo(before, result.state, result.events)) this.undoStack.push(before);
    else this.undoStack = [];
    this.state = result.state;
    this.save();
    return result;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0 && this.humanToMove();
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.state = previous;
    this.save();
    return true;
  }

  hash(): string {
    return hash(this.state);
  }
}
