/**
 * The start date. A document is dated by the operation it ties to its own
 * time ("began their assault to retake the city last week", "a week into the
 * operation to liberate Raqqa"): turn 1 is the week the operation opened, by
 * the calendar. Failing that, the first full date written in the text; then
 * any operation named; then the knowledge base's default, with a warning.
 */
import * as chrono from 'chrono-node/en';
import { ANCHORS, OPERATIONS, OPERATION_WORDS, RELATIVE_TIME, type Operation } from '../calendar';
import { DEFAULT_START_DATE, MAX_DATES_READ } from '../defaults';
import { findWord, firstWhere, hasPhrase, mentionsIn, sentenceText, type Doc } from '../document';
import type { Sentence } from '../text';

export interface StartDate {
  date: string;
  /** The sentence that dates the scenario, or null for the default. */
  sentence: number | null;
  /** The operation that dates it, if any. */
  operation: Operation | null;
  /** Why this date, for the summary. */
  reason: string;
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
    const places = mentionsIn(doc, s.index).filter((m) => m.target.kind === 'place');
    if (places.length === 0) continue;
    const hay = sentenceText(doc, s.index);
    const relative = hasPhrase(hay, RELATIVE_TIME) !== null;
    const found: Array<{ at: number; op: Operation }> = [];
    for (const word of OPERATION_WORDS) {
      for (let at = findWord(hay, word, 0); at >= 0; at = findWord(hay, word, at + 1)) {
        const wStart = s.start + at;
        const wEnd = wStart + word.length;
        // Only the places within reach of the word can qualify: those are looked up, not the whole sentence walked.
        for (let k = firstWhere(places, (m) => m.end >= wStart - 3); k < places.length && places[k]!.start <= wEnd + OPERATION_REACH; k++) {
          const m = places[k]!;
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

/** A date the document writes, read by chrono-node against the document's reference date. */
export interface WrittenDate {
  date: string;
  sentence: number;
  /** The words chrono read ("Friday, December 14, 2018", "Sept. 17", "in May"). */
  text: string;
  /** How much the text fixes: a day (also a weekday once the reference is known), or only a month. */
  precision: 'day' | 'month';
  /** Did the text write the year, or was it taken from the reference? */
  yearWritten: boolean;
  /** The sentence puts it ahead ("will", "plans", "next"): not a development that happened. */
  ahead: boolean;
  /** A bare weekday ("on Saturday"): its day is the nearest such weekday to the latest date written. */
  weekday: number | null;
}

/** Cheap cues for a date, so chrono only reads short windows around them (and stays linear on any text). */
const DATE_CUE = /(?<![\p{L}\p{N}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})(?![\p{L}])/gu;
/** How far around a cue chrono reads. */
const WINDOW = 48;
/** Words before a date that put it in the future or in a plan. */
const AHEAD = /(?:^|[^\p{L}])(?:will|would|shall|plans?|planned|planning|expected|scheduled|next|due|until|by)\s+(?:\S+\s+){0,3}$/u;

/** The conflict's window: a date outside it is backstory or a slip, never the document's moment. */
const FIRST_YEAR = 2011;
const LAST_YEAR = 2020;

function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

interface DateCue {
  s: Sentence;
  /** Where the cue starts in the sentence's folded text, and the cue as folded. */
  index: number;
  cue: string;
}

/** Each document's cues, found once: the start date reads them twice, and the compiler counts them. */
const cueLists = new WeakMap<Doc, DateCue[]>();

/** The date cues chrono reads, in text order, each with its sentence. */
function dateCues(doc: Doc): DateCue[] {
  let cues = cueLists.get(doc);
  if (cues) return cues;
  cues = [];
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    DATE_CUE.lastIndex = 0;
    for (let r = DATE_CUE.exec(hay); r; r = DATE_CUE.exec(hay)) {
      // "may" is mostly the verb: only a capital May, or one next to a number, is the month.
      if (r[0] === 'may' && !/^May/.test(doc.text.slice(s.start + r.index, s.start + r.index + 3))) continue;
      cues.push({ s, index: r.index, cue: r[0] });
    }
  }
  cueLists.set(doc, cues);
  return cues;
}

/** How many of the document's dates are past `MAX_DATES_READ` and go unread (0 for any real document). */
export function datesUnread(doc: Doc): number {
  return Math.max(0, dateCues(doc).length - MAX_DATES_READ);
}

function readDates(doc: Doc, reference: Date): WrittenDate[] {
  const out: WrittenDate[] = [];
  const seen = new Set<number>();
  let read = 0;
  for (const { s, index, cue: written } of dateCues(doc)) {
    // chrono takes a tenth of a millisecond a date: a text of nothing but dates is read up to a cap.
    if (read++ >= MAX_DATES_READ) break;
    const from = Math.max(s.start, s.start + index - WINDOW);
    const window = doc.text.slice(from, Math.min(s.end, s.start + index + written.length + WINDOW));
    for (const p of chrono.parse(window, { instant: reference, timezone: 0 })) {
      const at = from + p.index;
      // Only what the cue itself opens or closes: "within two weeks" of a written date is not a date written.
      const cue = s.start + index;
      if (cue < at || cue >= at + p.text.length) continue;
      if (seen.has(at) || !(p.start.isCertain('month') || p.start.isCertain('weekday'))) continue;
      if (/^\s*(?:today|now|tonight|this)\b/i.test(p.text)) continue;
      seen.add(at);
      const date = p.start.date();
      const year = date.getUTCFullYear();
      if (year < FIRST_YEAR - 10 || year > LAST_YEAR + 5) continue;
      const day = p.start.isCertain('day') || p.start.isCertain('weekday');
      const weekdayOnly = !p.start.isCertain('day') && p.start.isCertain('weekday');
      out.push({
        weekday: weekdayOnly ? date.getUTCDay() : null,
        date: isoOf(day ? date : new Date(Date.UTC(year, date.getUTCMonth(), 1))),
        sentence: s.index,
        text: p.text.trim(),
        precision: day ? 'day' : 'month',
        yearWritten: p.start.isCertain('year'),
        ahead: AHEAD.test(doc.folded.slice(Math.max(s.start, at - 40), at)),
      });
    }
  }
  return out;
}

/**
 * The year a document without one is from: "almost a year after Russia began
 * bombing in Syria" dates a wire story by a development the knowledge base
 * knows; failing that, the operation the document names.
 */
function estimateReference(doc: Doc, ops: readonly OperationMention[]): string | null {
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    for (const a of ANCHORS) {
      const m = a.pattern.exec(hay);
      if (!m) continue;
      const before = hay.slice(Math.max(0, m.index - 60), m.index);
      const offset = /(?:^|[^\p{L}])(a|an|one|two|three|four|five|six|\d+)\s+(year|month|week|day)s?\s+(?:after|since)\s+(?:\S+\s+){0,3}$/u.exec(before);
      const n = offset ? (Number(offset[1]) || ({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[offset[1] ?? ''] || 1) : 0;
      const days = offset ? n * ({ year: 365, month: 30, week: 7, day: 1 } as Record<string, number>)[offset[2] ?? 'day']! : 0;
      return isoOf(new Date(Date.parse(`${a.date}T00:00:00Z`) + days * 86_400_000));
    }
  }
  return (ops.find((o) => o.relative) ?? ops[0])?.operation.start ?? null;
}

export function extractWrittenDates(doc: Doc, ops: readonly OperationMention[] = operationMentions(doc)): WrittenDate[] {
  const first = readDates(doc, new Date(`${DEFAULT_START_DATE}T12:00:00Z`));
  // The reference date: the latest date the text writes with its year (a dateline, a byline, the news itself).
  const withYear = first.filter((d) => d.yearWritten && !d.ahead).map((d) => d.date).sort();
  const reference = withYear[withYear.length - 1] ?? estimateReference(doc, ops) ?? DEFAULT_START_DATE;
  // A date written without its year ("Sept. 17 (Reuters)") is read again against it.
  const dates = first.some((d) => !d.yearWritten) ? readDates(doc, new Date(`${reference}T12:00:00Z`)) : first;
  // "said on Saturday": the Saturday nearest the latest day the text writes in full; with none, no day at all.
  const full = dates.filter((d) => d.weekday === null && d.precision === 'day' && !d.ahead).map((d) => d.date).sort();
  const anchor = full[full.length - 1];
  return dates.flatMap((d) => {
    if (d.weekday === null) return [d];
    if (!anchor) return [];
    const base = Date.parse(`${anchor}T00:00:00Z`);
    const shift = ((d.weekday - new Date(base).getUTCDay() + 10) % 7) - 3; // -3..+3 days
    return [{ ...d, date: isoOf(new Date(base + shift * 86_400_000)) }];
  });
}

function describeDate(d: WrittenDate): string {
  return `"${d.text}" is the latest development the document reports as having happened${d.yearWritten ? '' : ' (its year from the document\'s other dates)'}`;
}

/**
 * The start: the latest development the document reports as having happened
 * on a day it writes; then an operation tied to the document's own time
 * ("a week into the operation to liberate Raqqa": the day it opened); then
 * the latest month written; then any operation named; then the default.
 */
export function extractStartDate(doc: Doc): StartDate {
  const ops = operationMentions(doc);
  const dates = extractWrittenDates(doc, ops).filter((d) => !d.ahead && Number(d.date.slice(0, 4)) >= FIRST_YEAR && Number(d.date.slice(0, 4)) <= LAST_YEAR);
  const latest = (precision: WrittenDate['precision']): WrittenDate | null =>
    dates.filter((d) => d.precision === precision).reduce<WrittenDate | null>((best, d) => (!best || d.date > best.date ? d : best), null);
  const day = latest('day');
  if (day) return { date: day.date, sentence: day.sentence, operation: null, reason: describeDate(day) };
  const tied = ops.find((o) => o.relative);
  if (tied) return { date: tied.operation.start, sentence: tied.sentence, operation: tied.operation, reason: `the document ties the ${tied.operation.name} to its own time; it opened on ${tied.operation.start}` };
  const month = latest('month');
  if (month) return { date: month.date, sentence: month.sentence, operation: null, reason: `${describeDate(month)}; no day is written, so the first of the month` };
  const any = ops[0];
  if (any) return { date: any.operation.start, sentence: any.sentence, operation: any.operation, reason: `the document names the ${any.operation.name}, which opened on ${any.operation.start}` };
  return { date: DEFAULT_START_DATE, sentence: null, operation: null, reason: 'the document writes no date and names no operation: the default' };
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
