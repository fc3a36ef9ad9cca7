/**
 * The parsed document every extractor reads: the text, its sentences and the
 * names found in it, plus the helpers that turn a sentence into provenance.
 */
import type { Provenance } from '../rules/scenario';
import { findMentions, type Mention } from './mentions';
import { fold, splitSentences, type Sentence } from './text';

export interface Doc {
  text: string;
  /** Lower-cased, quote-folded copy of the text, same length. */
  folded: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** The mentions of each sentence, so extractors stay linear in the document's length. */
  bySentence: Mention[][];
}

export function parseDocument(text: string): Doc {
  const sentences = splitSentences(text);
  const folded = fold(text, true);
  const mentions = findMentions(text, sentences, folded);
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]?.push(m);
  return { text, folded, sentences, mentions, bySentence };
}

/**
 * A quote is at most this long. A real sentence is a few hundred characters;
 * a "sentence" without full stops can be the whole document, and quoting it
 * for every region, actor and leader it brought in would make a scenario of
 * many megabytes that says no more.
 */
export const MAX_QUOTE_CHARS = 600;

/**
 * Provenance of the sentence a fact came from: the whole sentence, or, when it
 * is longer than MAX_QUOTE_CHARS, the stretch of it around the first mention of
 * `about` (a place, area, actor or person id), cut at spaces where it can be.
 */
export function provenance(doc: Doc, sentence: number, about?: string): Provenance {
  const s = doc.sentences[sentence];
  if (!s) throw new Error(`no sentence ${sentence}`);
  let { start, end } = s;
  if (end - start > MAX_QUOTE_CHARS) {
    const m = about === undefined ? undefined : doc.bySentence[sentence]?.find((x) => 'id' in x.target && x.target.id === about);
    const centre = m ? Math.floor((m.start + m.end) / 2) : start + MAX_QUOTE_CHARS / 2;
    start = Math.max(s.start, Math.min(centre - MAX_QUOTE_CHARS / 2, s.end - MAX_QUOTE_CHARS));
    end = start + MAX_QUOTE_CHARS;
    // Cut at spaces inside the window (never past the mention), so the quote starts and ends on whole words.
    const first = doc.text.indexOf(' ', start);
    if (start > s.start && first >= 0 && first < (m ? m.start : end) - 1) start = first + 1;
    const last = doc.text.lastIndexOf(' ', end);
    if (end < s.end && last > (m ? m.end : start)) end = last;
  }
  return { sentence, start, end, quote: doc.text.slice(start, end) };
}

/** The folded text of a sentence. */
export function sentenceText(doc: Doc, sentence: number): string {
  const s = doc.sentences[sentence];
  return s ? doc.folded.slice(s.start, s.end) : '';
}

export function lineOf(doc: Doc, sentence: number): number {
  return doc.sentences[sentence]?.line ?? 1;
}

export function mentionsIn(doc: Doc, sentence: number): Mention[] {
  return doc.bySentence[sentence] ?? [];
}

/** Whole-word test on folded text for a list of phrases. */
export function hasPhrase(hay: string, phrases: readonly string[]): string | null {
  for (const p of phrases) {
    const i = findWord(hay, p, 0);
    if (i >= 0) return p;
  }
  return null;
}

export function findWord(hay: string, phrase: string, from: number): number {
  let i = hay.indexOf(phrase, from);
  while (i >= 0) {
    if (!wordUnit(hay, i - 1) && !wordUnit(hay, i + phrase.length)) return i;
    i = hay.indexOf(phrase, i + 1);
  }
  return -1;
}

/** Is the UTF-16 unit at `i` a letter or a digit (one outside the text is neither)? ASCII is told apart without a regular expression. */
function wordUnit(hay: string, i: number): boolean {
  if (i < 0 || i >= hay.length) return false;
  const c = hay.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(hay[i]!);
}

/**
 * The first index of a sorted list where `from` holds (it fails before that
 * index and holds after it), by bisection. Mentions are in order and never
 * overlap, so both their starts and their ends rise: a pass that wants the
 * names near a word finds them here instead of walking the sentence.
 */
export function firstWhere<T>(xs: readonly T[], from: (x: T) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from(xs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
