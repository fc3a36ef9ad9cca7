import { NUMBERS } from './numbers';

/**
 * The largest scenario, record and file the engine takes in. Each is far
 * above what the compiler makes of any document (the built-in scenario and
 * the test documents: at most 17 regions, 17 links, 8 actors, 5 events, 4
 * leaders, 20 turns, 4 AP, a pool of 10) and above any map drawn by hand
 * for a board this size, and low enough that loading, replaying and drawing
 * the largest one stays quick: a file past a limit is refused at once,
 * naming the field, before any of its game is played.
 */
export const LIMITS = {
  /** The gazetteer knows 32 places and the compiler warns past 30; 100 is three such maps (the board's distance table grows as its square). */
  regions: 100,
  /** A map drawn on a plane has fewer than 3 links per region; 4 per region leaves room for parallel roads and rivers. */
  links: 400,
  /** The lexicon knows 8 actors. */
  actors: 50,
  /** Events fire at the start of a turn: a few a turn over the longest campaign. */
  events: 1_000,
  /** The compiler makes at most 6 leader tokens; each leader rolls every turn, so more would only slow the game. */
  leaders: 50,
  /** The longest campaign, in weeks: about four years. */
  turns: 200,
  /** A side's action points a phase: five times the compiler's most (4). */
  ap: 20,
  /** Searches a turn: never more than the action points that pay for them. */
  intel: 20,
  /** A reinforcement pool: more than every region of the largest map could hold. */
  pool: 100 * NUMBERS.maxStrength,
  /** The longest document the compiler reads (src/scenario/defaults.ts): a quote or a provenance offset is never longer. */
  documentChars: 500_000,
  /** Compiler warnings kept in a scenario; a document of nothing but unknown names makes one per name. */
  warnings: 1_000,
  /** A warning names a name and a line. */
  warningChars: 1_000,
  /**
   * A region, leader, actor or event id: a slug of a name (the compiler's
   * longest is 17); actions name regions and leaders by it. No control
   * character, quote or backslash (ID_PATTERN), so JSON writes it as it is.
   */
  idChars: 64,
  /** The scenario's own id: a slug of its title or file name. */
  scenarioIdChars: 200,
  /**
   * A scenario as compact JSON: a compiled one quotes its document (at most
   * 500,000 characters) in a few places; the built-in scenario is 13,000.
   */
  scenarioChars: 8 * 1024 * 1024,
  /** A place, person or actor name as the board and panel print it. */
  nameChars: 200,
  /** A scenario's title is its document's first sentence, cut at 140 characters by the compiler. */
  titleChars: 1_000,
  /** A seed is typed or drawn: the CLI takes 200 characters. */
  seedChars: 1_000,
  /**
   * A save or replay file, in characters, checked before it is parsed. A
   * file the game writes always fits: a scenario of at most `scenarioChars`,
   * and at most `MOST_ACTIONS` actions of at most `actionChars` each (about
   * 5 MB), with room to spare for the seed and for a replay's indentation;
   * so any game the loader accepted, played on to its end, saves and loads.
   * (The browser's storage holds about 5 MB; the CLI reads up to 50 MB.)
   */
  fileChars: 16 * 1024 * 1024,
  /** The longest action as JSON: a move, its two ids at `idChars`. */
  actionChars: 240,
} as const;

/** An id: no control characters, quotes or backslashes. */
// eslint-disable-next-line no-control-regex -- control characters are what it keeps out
export const ID_PATTERN = /^[^\u0000-\u001f\u007f"\\]*$/;

/**
 * The year range of a start date: every turn's date (up to `turns` weeks on)
 * must still print as YYYY-MM-DD.
 */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9_799;

/**
 * The most actions a game of this scenario can hold: every turn, each side's
 * action points (at least 1, never more than its allowance), the three
 * operations phases' ends, one move per leader and the leader phase's end.
 * A record with more is refused before it is replayed.
 */
export function mostActions(scenario: { turns: number; sides: readonly { ap: number }[]; leaders: readonly unknown[] }): number {
  const points = scenario.sides.reduce((sum, d) => sum + Math.max(1, d.ap), 0);
  return scenario.turns * (points + 3 + scenario.leaders.length + 1);
}

/** The most actions any record holds: the longest campaign of the largest sides and leadership. */
export const MOST_ACTIONS = LIMITS.turns * (3 * LIMITS.ap + 3 + LIMITS.leaders + 1);
