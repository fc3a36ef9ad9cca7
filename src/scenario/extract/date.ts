/**
 * The start date. A document is dated by the operation it ties to its own
 * time ("began their assault to retake the city last week", "a week into the
 * operation to liberate Raqqa"): turn 1 is the week the operation opened, by
 * the calendar. Failing that, the first full date written in the text; then
 * any operation named; then the knowledge base's default, with a warning.
 */
import { MONTHS, OPERATIONS, OPERATION_WORDS, RELATIVE_TIME, type Operation } from '../calendar';
import { DEFAULT_START_DATE } from '../defaults';
import { findWord, hasPhrase, mentionsIn, sentenceText, type Doc } from '../document';

export interface StartDate {
  date: string;
  /** The sentence that dates the scenario, or null for the default. */
  sentence: number | null;
  /** The operation that dates it, if any. */
  operation: Operation | null;
}

export interface OperationMention {
  operation: Operation;
  sentence: number;
  /** Does the sentence tie the operation to the document's own time? */
  relative: boolean;
}

/** How far after an operation word its place may stand ("the operation to liberate Raqqa"). */
const OPERATION_REACH = 40;

/**
 * Operations the document names: an operation word with a calendar place
 * right after it in the same clause ("the battle to capture Raqqa") or right
 * before it ("the Raqqa offensive").
 */
export function operationMentions(doc: Doc): OperationMention[] {
  const out: OperationMention[] = [];
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const relative = hasPhrase(hay, RELATIVE_TIME) !== null;
    const places = mentionsIn(doc, s.index).filter((m) => m.target.kind === 'place');
    const found: Array<{ at: number; op: Operation }> = [];
    for (const word of OPERATION_WORDS) {
      for (let at = findWord(hay, word, 0); at >= 0; at = findWord(hay, word, at + 1)) {
        const wStart = s.start + at;
        const wEnd = wStart + word.length;
        for (const m of places) {
          const after = m.start >= wEnd && m.start - wEnd <= OPERATION_REACH && !/[,;:.!?()]/.test(doc.folded.slice(wEnd, m.start));
          const before = m.end <= wStart && wStart - m.end <= 3 && /^\s*$/.test(doc.folded.slice(m.end, wStart));
          const op = OPERATIONS.find((o) => m.target.kind === 'place' && o.place === m.target.id);
          if ((after || before) && op) found.push({ at: m.start, op });
        }
      }
    }
    found.sort((x, y) => x.at - y.at);
    const seen = new Set<string>();
    for (const f of found) {
      if (seen.has(f.op.id)) continue;
      seen.add(f.op.id);
      out.push({ operation: f.op, sentence: s.index, relative });
    }
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTH_RE = MONTHS.join('|');
const DATE_PATTERNS: ReadonlyArray<{ re: RegExp; read: (r: RegExpExecArray) => string | null }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (r) => validDate(Number(r[1]), Number(r[2]), Number(r[3])) },
  { re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), read: (r) => validDate(Number(r[3]), MONTHS.indexOf(r[1] ?? '') + 1, Number(r[2])) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})\\b`, 'g'), read: (r) => validDate(Number(r[3]), MONTHS.indexOf(r[2] ?? '') + 1, Number(r[1])) },
  // "May 2017" (a dateline) is the first of the month; a full date at the same place wins, being found first.
  { re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{4})\\b`, 'g'), read: (r) => validDate(Number(r[2]), MONTHS.indexOf(r[1] ?? '') + 1, 1) },
];

/** The first full date written in the document, with its sentence. */
export function firstWrittenDate(doc: Doc): { date: string; sentence: number } | null {
  let best: { date: string; at: number } | null = null;
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let r = re.exec(doc.folded); r; r = re.exec(doc.folded)) {
      const date = read(r);
      if (date && (!best || r.index < best.at - 3)) best = { date, at: r.index };
    }
  }
  if (!best) return null;
  const at = best.at;
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  return sentence ? { date: best.date, sentence: sentence.index } : null;
}

export function extractStartDate(doc: Doc): StartDate {
  const ops = operationMentions(doc);
  const tied = ops.find((o) => o.relative);
  if (tied) return { date: tied.operation.start, sentence: tied.sentence, operation: tied.operation };
  const written = firstWrittenDate(doc);
  if (written) return { date: written.date, sentence: written.sentence, operation: null };
  const any = ops[0];
  if (any) return { date: any.operation.start, sentence: any.sentence, operation: any.operation };
  return { date: DEFAULT_START_DATE, sentence: null, operation: null };
}

/**
 * The date a month named without a year refers to ("in May"): the latest
 * such month not after the start date's month, on its first day.
 */
export function monthBefore(month: number, start: string): string {
  const year = Number(start.slice(0, 4));
  const startMonth = Number(start.slice(5, 7));
  const y = month <= startMonth ? year : year - 1;
  return `${y}-${pad(month)}-01`;
}
