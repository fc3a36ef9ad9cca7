/**
 * Unknown names: capitalized words and runs of them that neither the
 * gazetteer nor the lexicon knows. They are reported as warnings, so a
 * player (or a maintainer growing the gazetteer) sees what was left out.
 */
import { mentionsIn, type Doc } from './document';

/** Words that start sentences or sit inside names without being names. */
const STOP = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'for', 'with', 'this', 'that', 'these', 'those', 'their', 'his', 'her',
  'its', 'our', 'it', 'we', 'they', 'he', 'she', 'there', 'many', 'some', 'all', 'as', 'if', 'when', 'while', 'after', 'before',
  'of', 'by', 'to', 'from', 'i', 'no', 'not', 'yet', 'so', 'then', 'since', 'also', 'more', 'most', 'one', 'two', 'three',
]);

/** The longest names a report writes ("Syrian Democratic Forces Deir ez-Zor Military Council") run to seven words. */
const MAX_UNKNOWN_NAME_WORDS = 8;
/** A warning quotes the name, and a warning is at most LIMITS.warningChars long. */
const MAX_UNKNOWN_NAME_CHARS = 200;
const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*/gu;

/** The word without a possessive "'s" and then without the marks that end it ("U.S.", "Assad's", "al-"). */
function bare(word: string): string {
  let end = word.length;
  if (end >= 2 && word[end - 1] === 's' && (word[end - 2] === "'" || word[end - 2] === '’')) end -= 2;
  // A loop from the end, not a regex: /[.'’-]+$/ tries every start in a long run of marks, which is quadratic.
  while (end > 0 && ".'’-".includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}

export function unknownNames(doc: Doc): string[] {
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    // The sentence's names are in order and words come in order: one cursor walks them, so a sentence
    // of thousands of names is read once, not once per word.
    const mentions = mentionsIn(doc, s.index);
    let next = 0;
    const covered = (start: number, end: number): boolean => {
      while (next < mentions.length && mentions[next]!.end <= start) next++;
      const m = mentions[next];
      return m !== undefined && m.start < end;
    };
    WORD.lastIndex = 0;
    const runs: Array<{ start: number; end: number; words: string[] }> = [];
    for (let r = WORD.exec(body); r; r = WORD.exec(body)) {
      const start = s.start + r.index;
      const word = bare(r[0]);
      const end = start + word.length;
      if (word.length < 2 || covered(start, end) || STOP.has(word.toLowerCase())) continue;
      const last = runs[runs.length - 1];
      if (last && /^[ \u00a0]$/.test(doc.text.slice(last.end, start))) {
        last.end = end;
        last.words.push(word);
      } else runs.push({ start, end, words: [word] });
    }
    if (runs.length === 0) continue;
    // Acronyms in an all-capitals headline are shouting, not names.
    if (/^\p{Lu}+$/u.test(body.replace(/[^\p{L}]/gu, ''))) continue;
    // A lone capitalized word opening a sentence is just the sentence's first word: the one no letter
    // or digit of the sentence stands before.
    const firstLetter = s.start + body.search(/[\p{L}\p{N}]/u);
    for (const run of runs) {
      const opening = run.start <= firstLetter;
      if (opening && run.words.length === 1) continue;
      // A run of more capitalized words than any name has is a title-cased heading or a list, not one name.
      if (run.words.length > MAX_UNKNOWN_NAME_WORDS) continue;
      const name = run.words.join(' ').slice(0, MAX_UNKNOWN_NAME_CHARS);
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      warnings.push(`Unknown name "${name}" on line ${s.line} is not in the gazetteer or the actor lexicon; ignored.`);
    }
  }
  return warnings;
}
