/**
 * Places: every gazetteer place the document names, in order of first
 * mention, with the spelling the document uses; named areas ("the Middle
 * Euphrates River Valley"); and the places the document calls redoubts.
 */
import { findWord, firstWhere, mentionsIn, sentenceText, type Doc } from '../document';
import { placeById } from '../gazetteer';

export interface PlaceMention {
  id: string;
  /** The name as the document first writes it. */
  name: string;
  sentence: number;
}

export interface AreaMention {
  id: string;
  sentence: number;
}

/** Places in order of first mention, each named by the spelling the document uses most. */
export function extractPlaces(doc: Doc): PlaceMention[] {
  const seen = new Map<string, PlaceMention>();
  const spellings = new Map<string, Map<string, number>>();
  for (const m of doc.mentions) {
    if (m.target.kind !== 'place') continue;
    const id = m.target.id;
    const name = m.text.replace(/\s+/g, ' ');
    const counts = spellings.get(id) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    spellings.set(id, counts);
    if (!seen.has(id)) seen.set(id, { id, name, sentence: m.sentence });
  }
  for (const p of seen.values()) {
    let best = 0;
    const gazetteer = placeById(p.id)?.name;
    const canonical = gazetteer?.toLowerCase();
    for (const [name, n] of spellings.get(p.id) ?? []) {
      // A name in capitals is a dateline or a headline shouting ("DAMASCUS —"), not the place's spelling.
      if (name === name.toUpperCase() && name !== gazetteer) continue;
      // On a tie the gazetteer's own spelling wins ("Tabqa" over "Tabqa dam"), else the first used.
      if (n > best || (n === best && name.toLowerCase() === canonical)) {
        best = n;
        p.name = name;
      }
    }
    if (best === 0) p.name = gazetteer ?? p.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return [...seen.values()];
}

export function extractAreas(doc: Doc): AreaMention[] {
  const seen = new Map<string, AreaMention>();
  for (const m of doc.mentions) {
    if (m.target.kind === 'area' && !seen.has(m.target.id)) seen.set(m.target.id, { id: m.target.id, sentence: m.sentence });
  }
  return [...seen.values()];
}

const REDOUBT_WORDS = ['redoubt', 'redoubts', 'stronghold', 'strongholds', 'bastion', 'bastions', 'hideout', 'hideouts', 'last pocket', 'holdout', 'holdouts', 'refuge', 'sanctuary'];

/** Words that may stand between a redoubt word and the list of places it names. */
const GLUE = new Set([
  'and', 'or', 'other', 'the', 'its', 'key', 'main', 'remaining', 'last', 'several', 'of', 'such', 'as', 'like',
  'including', 'in', 'at', 'well', 'group', 's', 'their', 'few', 'is', 'was', 'remains', 'final', 'major', 'two', 'three',
]);

function gapIsGlue(gap: string): boolean {
  if (gap.length > 80 || /[.;:!?()]/.test(gap)) return false;
  return gap.split(/[^\p{L}]+/u).every((w) => w === '' || GLUE.has(w));
}

/**
 * Places listed with a redoubt word ("home to Madan, Deir el-Zour and other
 * Islamic State redoubts", "the strongholds of Mayadin and Hajin"), each with
 * its sentence. Only the list next to the word counts, not every place in
 * the sentence.
 */
export function extractRedoubts(doc: Doc): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const inSentence = mentionsIn(doc, s.index).filter(
      (m) => (m.target.kind === 'place' || (m.target.kind === 'actor' && m.target.id === 'islamic-state')),
    );
    if (!inSentence.some((m) => m.target.kind === 'place')) continue;
    for (const word of REDOUBT_WORDS) {
      for (let at = findWord(hay, word, 0); at >= 0; at = findWord(hay, word, at + 1)) {
        const wStart = s.start + at;
        const wEnd = wStart + word.length;
        let cursor = wStart;
        // The lists on either side start at the names next to the word, found by bisection, not by walking the sentence.
        for (let k = firstWhere(inSentence, (m) => m.end > wStart) - 1; k >= 0; k--) {
          const m = inSentence[k]!;
          if (m.end > cursor) continue;
          if (!gapIsGlue(doc.folded.slice(m.end, cursor))) break;
          if (m.target.kind === 'place' && !out.has(m.target.id)) out.set(m.target.id, s.index);
          cursor = m.start;
        }
        cursor = wEnd;
        for (let k = firstWhere(inSentence, (m) => m.start >= wEnd); k < inSentence.length; k++) {
          const m = inSentence[k]!;
          if (m.start < cursor) continue;
          if (!gapIsGlue(doc.folded.slice(cursor, m.start))) break;
          if (m.target.kind === 'place' && !out.has(m.target.id)) out.set(m.target.id, s.index);
          cursor = m.end;
        }
      }
    }
  }
  return out;
}

/** A dateline opens a paragraph: "DAMASCUS —", "SURUC, Turkey —", "BEIRUT (Reuters) -". */
const DATELINE_AFTER = /^(?:,\s*[\p{L} ]{2,30})?\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014]\s/u;
/** Words before a place that make it where someone speaks, a cause or a comparison, not a battlefield. */
const CONTEXT_BEFORE = /(?:(?:media|ministry|officials?|television|spokesm[ae]n|diplomats?|researchers?|agronomists?|analysts?|talks|meeting|conference|summit|reporters|suburb|edges)\s+(?:\S+\s+){0,2}(?:in|from)|prompted\s+by\s+(?:\S+\s+){0,4}in|because\s+of\s+(?:\S+\s+){0,4}in|like\s+the\s+one\s+in|as\s+in|compared\s+with|(?:north|south|east|west)(?:east|west)?\s+of|coordinat\w*\s+with|return\s+to|rebels?\s+in)\s+(?:the\s+)?(?:city\s+of\s+)?$/;

/**
 * Places the document names only as context: a dateline, where someone
 * speaks, a cause ("prompted by the coalition's advances in Mosul"), a
 * comparison, a locator ("north of Aleppo"), or a front against others
 * (a sentence of rebels that does not name the group). Such a place is not a
 * battlefield, so it is no region unless a route or a base needs it.
 */
export function contextPlaces(doc: Doc): Set<string> {
  const battle = new Set<string>();
  const context = new Set<string>();
  // Whether a sentence is another front depends on the sentence alone: judged once per sentence, not once per place in it.
  const fronts = new Map<number, boolean>();
  const otherFrontIn = (sentence: number): boolean => {
    let front = fronts.get(sentence);
    if (front === undefined) {
      front = /(?<![\p{L}])rebels?(?![\p{L}])/u.test(sentenceText(doc, sentence)) && !mentionsIn(doc, sentence).some((o) => o.target.kind === 'actor' && o.target.id === 'islamic-state');
      fronts.set(sentence, front);
    }
    return front;
  };
  for (const m of doc.mentions) {
    if (m.target.kind !== 'place') continue;
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const before = doc.folded.slice(Math.max(s.start, m.start - 60), m.start);
    const lineStart = m.start === 0 || /[\n\r]/.test(doc.text[m.start - 1] ?? '\n');
    // A dateline is written in capitals ("DAMASCUS —") or carries its agency ("BEIRUT (Reuters) -").
    const after = doc.folded.slice(m.end, m.end + 40);
    const dateline = lineStart && DATELINE_AFTER.test(after) && (m.text === m.text.toUpperCase() || /^[^-\u2013\u2014]*\(/.test(after));
    if (dateline || CONTEXT_BEFORE.test(before) || otherFrontIn(m.sentence)) context.add(m.target.id);
    else battle.add(m.target.id);
  }
  for (const id of battle) context.delete(id);
  return context;
}
