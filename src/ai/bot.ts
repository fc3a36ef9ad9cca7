import type { Action, GameView, Side } from '../rules';

export type BotLevel = 'random' | 'greedy' | 'search';
export const BOT_LEVELS: readonly BotLevel[] = ['random', 'greedy', 'search'];

/** A player that sees only its side's view and answers with an action legal in it. */
export interface Bot {
  readonly level: BotLevel;
  readonly side: Side;
  choose(view: GameView): Action;
}

export interface BotOptions {
  /** Search iterations per decision (search level). */
  iterations?: number;
  /** A wall-clock budget per decision in milliseconds (search level); only when asked for, since it breaks determinism. */
  ms?: number;
  /**
   * How far a search playout runs: to the end of the side's own phase, or
   * round the table to its next phase. By default the Coalition, whose
   * actions pay off at once, looks to its phase's end; Islamic State and the
   * Regime, whose defence pays off only once the others have moved, look a round ahead.
   */
  horizon?: 'phase' | 'round';
}
