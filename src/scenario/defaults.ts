/**
 * Knowledge-base defaults: the numbers a document never states. One file, so
 * the balance work tunes them in one place.
 */
import { LIMITS } from '../rules/limits';
import type { RegionKind, Side } from '../rules/scenario';

export const DEFAULT_TURNS = 20;

/** Used when the document names no operation and no date (with a warning). */
export const DEFAULT_START_DATE = '2017-06-06';

export interface SideDefaults {
  ap: number;
  pool: number;
  intel: number;
  air: boolean;
  /** Gazetteer ids where the side may reinforce; those on the map become its bases. */
  bases: readonly string[];
}

export const SIDE_DEFAULTS: Record<Side, SideDefaults> = {
  coalition: { ap: 4, pool: 8, intel: 2, air: true, bases: ['ain-issa', 'tabqa', 'hasakah', 'shaddadi', 'kobani', 'manbij', 'qayyarah', 'tanf'] },
  regime: { ap: 3, pool: 10, intel: 1, air: true, bases: ['palmyra', 'sukhnah', 'homs', 'damascus', 'aleppo', 'ithriya'] },
  // Islamic State reinforces in the redoubts it holds, which the engine knows; no fixed bases.
  islamicState: { ap: 3, pool: 3, intel: 0, air: false, bases: [] },
};

/** Starting strength of a held region by kind. */
export const GARRISON: Record<Exclude<RegionKind, 'valley'>, number> = {
  city: 3,
  town: 2,
  crossing: 1,
  desert: 1,
};

/** The capture objective is the group's capital-like stronghold: hard to take. */
export const CAPTURE_TARGET = { strength: 5, fort: 2 };
/** Islamic State redoubts are dug in. */
export const REDOUBT = { strength: 3, fort: 0 };
/** A side's bases hold its staging forces. */
export const BASE = { strength: 3, fort: 1 };

/**
 * Group-held regions beyond the noose (a step from one of its exits, outside it) the map keeps for
 * the leaders to flee to; the compiler adds the nearest connector while there are fewer. No other
 * padding: a thin document makes a small map (docs/SCENARIO.md, step 7).
 */
export const REFUGES_BEYOND_NOOSE = 1;
/** Above this many regions the compiler warns: a board reads well with fewer. */
export const MAX_REGIONS = 30;

/** Longest document the compiler reads: far beyond any news report, short enough to compile in about a second. */
export const MAX_DOCUMENT_CHARS = LIMITS.documentChars;
/**
 * A file longer than this many bytes is over the character cap whatever it holds (UTF-8 spends at
 * most three bytes on a UTF-16 unit), so it is refused before it is decoded.
 */
export const MAX_DOCUMENT_BYTES = 3 * MAX_DOCUMENT_CHARS;
/**
 * Dates chrono reads in one document, the first ones in text order: a news report writes a few
 * dozen, and each costs chrono about a tenth of a millisecond, so a text of nothing but dates stays
 * within a second. Past the cap the compiler says how many it left unread.
 */
export const MAX_DATES_READ = 1_000;

/** Leader tokens implied by a quantity word in "many of the group's leaders". */
export const LEADER_COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, several: 3, some: 3, few: 2, 'a few': 2, handful: 3, 'a handful of': 3,
  many: 4, most: 4, dozens: 5, scores: 5, top: 3, senior: 3,
};
/** A bare plural ("Islamic State leaders") implies at least this many tokens. */
export const PLURAL_LEADERS = 2;
/** No more tokens than this, whatever the text says. */
export const MAX_LEADERS = 6;
/** Leaders when the document names none but the group is present. */
export const DEFAULT_LEADERS = 3;

/** Event amounts. */
export const EVENT_AMOUNTS = {
  turkeyTension: 1,
  /** A friction that also "hindered" or "delayed" operations counts double. */
  turkeyTensionHindering: 2,
  escalation: 1,
  reinforcements: 2,
  intel: 1,
};
