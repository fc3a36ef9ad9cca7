/**
 * The document as sentences. Offsets always index into the text exactly as
 * the user gave it (BOM, CRLF and all), so every provenance quote is
 * `text.slice(start, end)`.
 */

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** 1-based line of the sentence's first character, for error messages. */
  line: number;
}

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'mr', 'mrs', 'ms', 'dr',
  'st', 'jr', 'sr', 'no', 'vs', 'e.g', 'i.e', 'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'sen', 'rep', 'pres', 'lt.gen', 'maj.gen',
  // Ranks news copy writes before a name ("Brig. Gen. Jonathan Braga").
  'brig', 'brig.gen', 'cpl', 'pvt', 'cmdr', 'cdr', 'lieut', 'gens', 'spc', 'prof',
]);

const CLOSERS = '"\')]\u201d\u2019';

/** Line number (1-based) of an offset; CRLF counts as one line break. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\ufeff';
}

function isBreak(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Markdown block markers at the start of a line: not part of the sentence. */
const BLOCK_MARKER = /^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/;
const MARKER_START = /^[#>*+\-\d]$/;

interface Line {
  start: number;
  end: number; // exclusive, before the line break
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lines.push({ start, end: i });
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * Paragraph pieces: a line break ends a sentence when the line ends in
 * punctuation, is a heading or list item, or precedes a blank line; other
 * breaks are hard wraps inside a sentence.
 */
function blocks(text: string): Line[] {
  const out: Line[] = [];
  let current: Line | null = null;
  for (const line of splitLines(text)) {
    let s = line.start;
    while (s < line.end && isSpace(text[s] ?? '')) s++;
    let e = line.end;
    while (e > s && isSpace(text[e - 1] ?? '')) e--;
    if (s === e) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    // Only a line starting with a marker's first character is looked at further.
    const marker = MARKER_START.test(text[s] ?? '') ? BLOCK_MARKER.exec(text.slice(s, e)) : null;
    if (marker) {
      if (current) out.push(current);
      current = null;
      s += marker[0].length;
    }
    if (current) current.end = e;
    else current = { start: s, end: e };
    const last = text[e - 1] ?? '';
    if (marker?.[0].startsWith('#') || '.!?:'.includes(last) || (CLOSERS.includes(last) && '.!?'.includes(text[e - 2] ?? ''))) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

function endsWithAbbreviation(text: string, blockStart: number, dot: number): boolean {
  let i = dot;
  // Abbreviations are short: look back a dozen characters at most, so long runs stay linear.
  const stop = Math.max(blockStart, dot - 12);
  while (i > stop && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  if (i === stop && stop > blockStart) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word);
}

/** Splits the document into sentences with exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Lines are counted as the sentences go, so long documents stay linear.
  let lineOffset = 0;
  let line = 1;
  const push = (start: number, end: number): void => {
    while (start < end && (isSpace(text[start] ?? '') || isBreak(text[start] ?? ''))) start++;
    while (end > start && (isSpace(text[end - 1] ?? '') || isBreak(text[end - 1] ?? ''))) end--;
    if (end <= start) return;
    line += lineAt(text.slice(lineOffset, start), start - lineOffset) - 1;
    lineOffset = start;
    sentences.push({ index: sentences.length, start, end, line });
  };
  for (const block of blocks(text)) {
    let s = block.start;
    // Every mark of a run ("...", "?!") ends where the run ends and sees what follows it: the run's
    // end and the first character after its spaces are found once per run, so long runs stay linear.
    let runEnd = -1;
    let after = '';
    let afterInBlock = false;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i] ?? '';
      if (c !== '.' && c !== '!' && c !== '?') continue;
      if (i >= runEnd) {
        let j = i + 1;
        while (j < block.end && (CLOSERS.includes(text[j] ?? '') || text[j] === c)) j++;
        runEnd = j;
        const next = text[j] ?? '';
        if (j < block.end && !isSpace(next) && !isBreak(next)) {
          i = j - 1; // a run inside a word ("U.S.-backed", "...and"): skip it whole
          continue;
        }
        let k = j;
        while (k < block.end && (isSpace(text[k] ?? '') || isBreak(text[k] ?? ''))) k++;
        after = text[k] ?? '';
        afterInBlock = k < block.end;
      }
      if (c === '.' && endsWithAbbreviation(text, s, i)) {
        // "U.S. forces" goes on; "the U.S. The next day" is rare enough to accept.
        continue;
      }
      if (afterInBlock && /[a-z]/.test(after)) continue; // "e.g. something", "3 p.m. local"
      push(s, runEnd);
      s = runEnd;
    }
    push(s, block.end);
  }
  return sentences;
}

/**
 * A same-length folded copy of the text for matching: lower case, typographic
 * quotes and dashes made plain, any whitespace a space. Same length so a
 * match's offsets are offsets into the original.
 */
export function fold(text: string, lower: boolean): string {
  // Each UTF-16 unit folds to one unit, so the fold is a table lookup per unit, and the
  // string is built in chunks (a character at a time would copy the text over and over).
  const table = foldTable(lower);
  const CHUNK = 8192;
  const units = new Uint16Array(Math.min(CHUNK, text.length));
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK) {
    const n = Math.min(CHUNK, text.length - at);
    for (let i = 0; i < n; i++) units[i] = table[text.charCodeAt(at + i)]!;
    parts.push(String.fromCharCode.apply(null, n === units.length ? (units as unknown as number[]) : (units.subarray(0, n) as unknown as number[])));
  }
  return parts.join('');
}

const foldTables: { lower?: Uint16Array; plain?: Uint16Array } = {};

/** `foldChar` for every UTF-16 unit, made once: the mapping never changes. */
function foldTable(lower: boolean): Uint16Array {
  const key = lower ? 'lower' : 'plain';
  let table = foldTables[key];
  if (!table) {
    table = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = foldChar(String.fromCharCode(c), lower).charCodeAt(0);
    foldTables[key] = table;
  }
  return table;
}

function foldChar(c: string, lower: boolean): string {
  switch (c) {
    case '\u2018': case '\u2019': case '\u02bc': case '\u0060': case '\u00b4':
      return "'";
    case '\u201c': case '\u201d':
      return '"';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
      return '-';
    case '\n': case '\r': case '\t': case '\u00a0': case '\ufeff':
      return ' ';
    default: {
      if (!lower) return c;
      const l = c.toLowerCase();
      return l.length === 1 ? l : c;
    }
  }
}
