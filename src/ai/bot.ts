import type { Action, ActionType, Observation, Side } from '../rules';

export type BotLevel = 'random' | 'greedy' | 'search';
export const BOT_LEVELS: readonly BotLevel[] = ['random', 'greedy', 'search'];

/** A player that sees only its side's observation and answers with an action legal in it. */
export interface Bot {
  readonly level: BotLevel;
  readonly side: Side;
  choose(observation: Observation): Action;
}

export interface BotOptions {
  /** Search iterations per decision (search level). */
  iterations?: number;
  /** A wall-clock budget per decision in milliseconds (search level); only when asked for, since it breaks determinism. */
  ms?: number;
  /** How far a search playout runs (search level); each side has its own default (src/ai/search.ts). */
  horizon?: Horizon;
  /** Action types the bot never takes, at any level: a handicap for experiments (e.g. a Coalition that never searches). */
  exclude?: readonly ActionType[];
}

/**
 * How far a search playout runs after the move searched: to the end of the
 * side's own phase, to the end of the turn, or round the table to the side's
 * next operations phase.
 */
export type Horizon = 'phase' | 'turn' | 'round';
