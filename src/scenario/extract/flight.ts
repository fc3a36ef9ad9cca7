/**
 * The flight: "began fleeing Raqqa for Deir el-Zour, Madan and other areas
 * ... in May". The place fled is the origin (object of the verb, or after
 * "from"); the places after "to", "for" or "toward" are destinations. When
 * the flight is under way by the start date, the leaders may already be at a
 * destination, so these become their start options.
 */
import { MONTHS } from '../calendar';
import { findWord, firstWhere, mentionsIn, sentenceText, type Doc } from '../document';
import { PERSONS } from '../lexicon';
import { monthBefore } from './date';

export interface Flight {
  origins: string[];
  destinations: string[];
  /** Sentences that describe the flight, in order. */
  sentences: number[];
  /** True when the document puts the flight in the future ("may flee", "will flee"). */
  future: boolean;
  /** ISO date of the month the flight began, if the document names one. */
  began: string | null;
}

const VERBS = ['taken refuge in', 'took refuge in', 'holed up in', 'hiding in', 'fallen back to', 'fell back to', 'falling back to', 'holding out in', 'flee', 'flees', 'fled', 'fleeing', 'escape', 'escaped', 'escaping', 'left', 'leaving', 'abandoned', 'abandoning', 'relocated', 'relocating', 'moved', 'moving', 'evacuated', 'evacuating', 'slipped out of', 'slip out of', 'slipping out of', 'withdrew', 'withdrawing', 'retreated', 'retreating'];
// "may have slipped out": a modal before "have" is a guess about what happened, not a flight to come.
const FUTURE = /\b(?:(?:will|would|could|may|might)\s+(?!have\s|has\s|had\s)|(?:plan(?:s|ning)?|expected|likely)\s+to\s+)(?:\w+\s+)?$/;
/** Words that may stand between the verb and the place it governs. */
const OBJECT_GAP = /^\s*(?:from\s+|out\s+of\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?:syrian\s+|iraqi\s+)?$/;
/** Words that may stand between two destinations ("Deir el-Zour, Madan and other areas in the ..."). */
const DEST_GLUE = new Set(['and', 'or', 'then', 'as', 'well', 'other', 'areas', 'towns', 'parts', 'in', 'of', 'the']);
/** Longer gaps than this are never part of one list or one phrase (and keep the regexes linear). */
const MAX_GAP = 80;

function destinationGap(gap: string): boolean {
  if (/[^\p{L}\s,]/u.test(gap)) return false;
  return gap.split(/[\s,]+/).every((w) => w === '' || DEST_GLUE.has(w));
}
/** "fled Mayadin and Deir ez-Zor for ...": a list of origins. */
const LIST_GAP = /^\s*(?:,\s*)?(?:and|or)?\s*$/;
const DEST_WORD = /(?:^|\s)(?:to|for|toward|towards|into)\s+(?:the\s+)?(?:(?:syrian\s+|iraqi\s+)?(?:city|town|village)\s+of\s+)?$/;

/** Only the group's flight counts: the sentence names the group, one of its leaders, or leaders. */
function aboutTheGroup(doc: Doc, sentence: number, hay: string): boolean {
  if (findWord(hay, 'leaders', 0) >= 0 || findWord(hay, 'leadership', 0) >= 0) return true;
  return mentionsIn(doc, sentence).some(
    (m) => ((m.target.kind === 'actor' && m.target.id === 'islamic-state') || (m.target.kind === 'person' && PERSONS.some((p) => p.id === (m.target.kind === 'person' ? m.target.id : '') && p.leaderValue))),
  );
}

export function extractFlight(doc: Doc, startDate: string): Flight {
  const flight: Flight = { origins: [], destinations: [], sentences: [], future: false, began: null };
  for (const s of doc.sentences) {
    const places = mentionsIn(doc, s.index).filter((m) => m.target.kind === 'place' || m.target.kind === 'area');
    if (places.length === 0) continue;
    const hay = sentenceText(doc, s.index);
    if (!aboutTheGroup(doc, s.index, hay)) continue;
    let used = false;
    // A walk that reaches a place in a role an earlier walk of this sentence left it in goes on exactly as
    // that one did, adding nothing new ("fled for A fled for B ..." would otherwise be walked once per verb).
    const walked = new Set<number>();
    for (const verb of VERBS) {
      for (let at = findWord(hay, verb, 0); at >= 0; at = findWord(hay, verb, at + 1)) {
        const vEnd = s.start + at + verb.length;
        let cursor = vEnd;
        let role: 'origin' | 'destination' | null = null;
        for (let k = firstWhere(places, (m) => m.start >= cursor); k < places.length; k++) {
          const m = places[k]!;
          if (m.start < cursor) continue;
          const gap = doc.folded.slice(cursor, m.start);
          if (gap.length > MAX_GAP) break;
          // "taken refuge in X", "fallen back to X": the place is where they went.
          if (role === null && /\s(?:in|to)$/.test(verb) && OBJECT_GAP.test(gap)) role = 'destination';
          else if (role === null && OBJECT_GAP.test(gap)) role = 'origin';
          else if (DEST_WORD.test(gap)) role = 'destination';
          else if (role === 'origin' && LIST_GAP.test(gap)) role = 'origin';
          else if (role !== 'destination' || !destinationGap(gap)) break;
          if (m.target.kind === 'place') {
            const list = role === 'origin' ? flight.origins : flight.destinations;
            if (!list.includes(m.target.id)) list.push(m.target.id);
            used = true;
          }
          cursor = m.end;
          const state = k * 2 + (role === 'origin' ? 0 : 1);
          if (walked.has(state)) break;
          walked.add(state);
        }
        if (used && FUTURE.test(doc.folded.slice(Math.max(s.start, s.start + at - 40), s.start + at))) flight.future = true;
      }
    }
    if (!used) continue;
    flight.sentences.push(s.index);
    for (let i = 0; i < MONTHS.length && !flight.began; i++) {
      const month = MONTHS[i] ?? '';
      const at = findWord(hay, `in ${month}`, 0);
      if (at >= 0) flight.began = monthBefore(i + 1, startDate);
    }
  }
  // A place both fled and fled to (the headline's "fleeing to X", then "fleeing X") stays an origin only.
  flight.destinations = flight.destinations.filter((d) => !flight.origins.includes(d));
  return flight;
}

/** Is the flight under way when the game starts? */
export function underway(flight: Flight, startDate: string): boolean {
  if (flight.sentences.length === 0 || flight.future) return false;
  return flight.began === null || flight.began <= startDate;
}
