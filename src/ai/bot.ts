import type { Action, ActionType, Observation, Side } from '../rules';
import type { BotRng } from './rng';

export type BotLevel = 'random' | 'greedy' | 'search';
export const BOT_LEVELS: readonly BotLevel[] = ['random', 'greedy', 'search'];

/**
 * A player that sees only its side's observation and answers with an action
 * legal in it. The game asks it once per action, for its own side only.
 */
export interface Bot {
  choose(observation: Observation): Action;
}

/**
 * What a bot is made from (docs/BOTS.md): the side it plays, its own seeded
 * generator (a bot's only source of chance: the game's dice are the rules',
 * and Math.random would make games unrepeatable), and the options its seat was
 * given. A new bot is made for every game.
 */
export interface BotContext {
  readonly side: Side;
  readonly rng: BotRng;
  readonly options: Readonly<BotOptions>;
}

/** How a bot is made: a bot module's default export, and each built-in level's. */
export type BotFactory = (context: BotContext) => Bot;

export interface BotOptions {
  /** Search iterations per decision (search level). */
  iterations?: number;
  /** A wall-clock budget per decision in milliseconds (search level); only when asked for, since it breaks determinism. */
  ms?: number;
  /** How far a search playout runs (search level); each side has its own default (src/ai/search.ts). */
  horizon?: Horizon;
  /** The weight of the greedy heuristic's prior in the search's root decision (search level; src/ai/search.ts PRIOR_WEIGHT). */
  prior?: number;
  /** How many standard errors the search's playouts must prefer a candidate by to overrule the heuristic's first choice (search level; 0, never deferring, unless told; src/ai/search.ts CONFIDENCE is the front-reading variants'). */
  confidence?: number;
  /**
   * Whether the search's heuristic (its candidates and its playouts) reads the front: a hunter's
   * targets leave out the ground it may never enter, and it raises no men where no road leads to one
   * (search level; src/ai/features.ts FeatureOptions.front). False unless told (the front-reading variants, src/ai/levels/search-front*.ts, set it); greedy never does.
   */
  front?: boolean;
  /**
   * Where a hunting search bot believes the hidden leaders are, and draws its worlds from: its own
   * leader filter (src/ai/belief.ts; src/ai/levels/search-filter-belief.ts) or the rules' Resampler
   * (src/ai/levels/search-rules-belief.ts). Each side's default is DEFAULT_BELIEF (src/ai/search.ts).
   */
  belief?: 'filter' | 'rules';
  /** Whether Islamic State's search searches its secret leader moves too, rather than following the greedy flight plan. */
  searchLeaders?: boolean;
  /**
   * What Islamic State's flight plan (the greedy leader phase, src/ai/greedy.ts) takes off a leader
   * staying where other leaders at large stay, per such leader, on top of the crowding every choice
   * weighs: the flight pushed on rather than piled up. Unless told, Islamic State's search plays
   * src/ai/search.ts FLIGHT_APART and the greedy bot 0.
   */
  apart?: number;
  /** Action types the bot never takes, at any level: a handicap for experiments (e.g. a Coalition that never searches). */
  exclude?: readonly ActionType[];
}

/**
 * How far a search playout runs after the move searched: to the end of the
 * side's own phase, to the end of the turn, or round the table to the side's
 * next operations phase.
 */
export type Horizon = 'phase' | 'turn' | 'round';
