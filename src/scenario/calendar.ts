/**
 * A small calendar of operations: a document that says "a week into the
 * operation" or "began their assault last week" is dated by the operation it
 * names. An operation is named by its place together with one of the
 * operation words in the same sentence.
 */
import type { Side } from '../rules/scenario';

export interface Operation {
  id: string;
  name: string;
  /** Gazetteer id of the place the operation is for. */
  place: string;
  /** The side that launched it. */
  side: Side;
  /** ISO date the operation opened: the scenario's turn 1 when the document is dated by it. */
  start: string;
}

export const OPERATION_WORDS: readonly string[] = [
  'offensive', 'operation', 'assault', 'battle', 'campaign', 'siege', 'push', 'attack', 'fight for', 'race for', 'liberate', 'liberation', 'capture', 'retake', 'recapture',
];

/** Phrases that tie the document's own time to an operation's opening. */
export const RELATIVE_TIME: readonly string[] = [
  'last week', 'this week', 'a week into', 'days into', 'began', 'begun', 'launched', 'opened', 'started', 'kicked off', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'yesterday',
];

export const OPERATIONS: readonly Operation[] = [
  { id: 'manbij-2016', name: 'Manbij offensive', place: 'manbij', side: 'coalition', start: '2016-05-31' },
  { id: 'mosul-2016', name: 'Battle of Mosul', place: 'mosul', side: 'coalition', start: '2016-10-17' },
  { id: 'palmyra-2017', name: 'Palmyra offensive', place: 'palmyra', side: 'regime', start: '2017-01-13' },
  { id: 'tabqa-2017', name: 'Tabqa offensive', place: 'tabqa', side: 'coalition', start: '2017-03-22' },
  { id: 'raqqa-2017', name: 'Battle of Raqqa', place: 'raqqa', side: 'coalition', start: '2017-06-06' },
  { id: 'tal-afar-2017', name: 'Tal Afar offensive', place: 'tal-afar', side: 'coalition', start: '2017-08-20' },
  { id: 'deir-ez-zor-2017', name: 'Deir ez-Zor offensive', place: 'deir-ez-zor', side: 'regime', start: '2017-09-03' },
  { id: 'mayadin-2017', name: 'Battle of Mayadin', place: 'mayadin', side: 'regime', start: '2017-10-06' },
  { id: 'al-qaim-2017', name: "Al-Qa'im offensive", place: 'al-qaim', side: 'coalition', start: '2017-10-26' },
  { id: 'abu-kamal-2017', name: 'Battle of Abu Kamal', place: 'abu-kamal', side: 'regime', start: '2017-11-08' },
  { id: 'hajin-2018', name: 'Battle of Hajin', place: 'hajin', side: 'coalition', start: '2018-09-10' },
];

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Developments the knowledge base can date, so a document that writes no
 * year ("almost a year after Russia began bombing in Syria") is still placed.
 * Matched on the folded (lower-case) sentence.
 */
export const ANCHORS: ReadonlyArray<{ id: string; date: string; pattern: RegExp }> = [
  { id: 'russian-intervention', date: '2015-09-30', pattern: /russia\S*\s+(?:began|started|launched)\s+(?:its\s+)?(?:bombing|air\s*strikes|airstrikes|air\s+campaign|intervention)|russian\s+(?:military\s+)?intervention/ },
  { id: 'caliphate-declared', date: '2014-06-29', pattern: /(?:declared|proclaimed)\s+(?:its\s+|a\s+|the\s+)?caliphate/ },
  { id: 'coalition-strikes-syria', date: '2014-09-23', pattern: /coalition\s+(?:began|started|launched)\s+(?:bombing|striking|air\s*strikes|airstrikes)\s+(?:in\s+)?syria/ },
];
