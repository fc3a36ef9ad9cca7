/**
 * Finding the lexicon's and gazetteer's names in the document. Longest match
 * wins ("U.S.-backed militias" over "U.S."), whole words only, typographic
 * quotes and dashes folded, line wraps inside a name allowed.
 */
import { AREAS, PLACES_BY_KEY, isMinor, placeById } from './gazetteer';
import { keyParts, placeKey } from './names';
import { ACTORS, KNOWN_NAMES, PERSONS } from './lexicon';
import { fold, type Sentence } from './text';

export type Target =
  | { kind: 'place'; id: string }
  | { kind: 'area'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'person'; id: string }
  | { kind: 'known' };

export interface Mention {
  start: number;
  end: number;
  sentence: number;
  /** The name as the document writes it. */
  text: string;
  target: Target;
}

interface Term {
  alias: string;
  targets: Target[];
}

/** Capitals whose name stands for their government when listed together ("Damascus, Tehran and Moscow"). */
const CAPITAL_WORDS = new Set(['tehran', 'moscow', 'washington', 'ankara', 'baghdad', 'damascus', 'kremlin', 'pentagon']);
/** How far apart two capitals may be to count as listed together. */
const CAPITAL_WINDOW = 40;

function isCaseSensitive(alias: string): boolean {
  return /^[A-Z0-9.-]+$/.test(alias) && /[A-Z]{2}/.test(alias);
}

function buildTerms(): { folded: Term[]; exact: Term[] } {
  const byKey = new Map<string, Term>();
  const add = (alias: string, target: Target): void => {
    const sensitive = isCaseSensitive(alias);
    const key = (sensitive ? 'S:' : 'I:') + (sensitive ? fold(alias, false) : fold(alias, true));
    const term = byKey.get(key) ?? { alias: key.slice(2), targets: [] };
    term.targets.push(target);
    byKey.set(key, term);
  };
  for (const area of AREAS) for (const a of area.aliases) add(a, { kind: 'area', id: area.id });
  for (const actor of ACTORS) for (const a of actor.aliases) add(a, { kind: 'actor', id: actor.id });
  for (const person of PERSONS) for (const a of person.aliases) add(a, { kind: 'person', id: person.id });
  for (const name of KNOWN_NAMES) add(name, { kind: 'known' });
  const folded: Term[] = [];
  const exact: Term[] = [];
  for (const [key, term] of byKey) (key.startsWith('S:') ? exact : folded).push(term);
  return { folded, exact };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(alias: string): string {
  return alias
    .split(/\s+/)
    .map((word) => word.split('-').map(escape).join('[-\\s]?'))
    .join('\\s+');
}

interface Matcher {
  regex: RegExp;
  terms: Map<string, Term>;
  lower: boolean;
}

function matcher(terms: Term[], lower: boolean): Matcher {
  // Longest alias first, so the alternation prefers it at the same position.
  const sorted = [...terms].sort((x, y) => y.alias.length - x.alias.length || (x.alias < y.alias ? -1 : 1));
  const source = sorted.map((t) => `(?:${pattern(t.alias)})`).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  const map = new Map<string, Term>();
  for (const t of sorted) map.set(normalizeKey(t.alias), t);
  return { regex, terms: map, lower };
}

/** The key a matched text is looked up by: spaces and hyphens removed. */
function normalizeKey(s: string): string {
  return s.replace(/[\s-]+/g, '');
}

let cache: Matcher[] | null = null;
function matchers(): Matcher[] {
  if (!cache) {
    const { folded, exact } = buildTerms();
    cache = [matcher(folded, true), matcher(exact, false)];
  }
  return cache;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A word of the text that may be part of a place name. */
interface Word {
  start: number;
  end: number;
  text: string;
}

interface RawMatch {
  start: number;
  end: number;
  term: Term;
}

/** A word of a place name: letters, marks, ayn/hamza signs and inner hyphens ("Deir-ez-Zor", "Ma'adan"). */
const NAME_WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02bb\u02bc\u02be\u02bf][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*)*/gu;
/** The article written apart may open a name ("al-Bab" is one word, "as Sukhnah" two). */
const LOWER_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|ez|an)$/;
/** At most this many words in a place name ("Al Mawsil al Jadidah"). */
const MAX_NAME_WORDS = 4;
/** A minor place (a village of the GeoNames extract) needs a longer name than this, or more words, to be matched. */
const MIN_MINOR_CHARS = 4;

/**
 * The keys of a run's first 1, 2, ... `count` words, from one pass over their
 * parts: what `joinKey` gives for each (articles dropped, the last part kept).
 */
function runKeys(words: readonly Word[], from: number, count: number): string[] {
  const keys: string[] = [];
  let kept = '';
  for (let k = from; k < from + count; k++) {
    const parts = keyParts(words[k]!.text);
    if (parts.length === 0) keys.push(keys[keys.length - 1] ?? '');
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j]!;
      if (j === parts.length - 1) keys.push(kept ? `${kept} ${p.folded}` : p.folded);
      if (!p.article) kept = kept ? `${kept} ${p.folded}` : p.folded;
    }
  }
  return keys;
}

/**
 * Places, found by transliteration key: every run of up to four words that
 * opens with a capital (or a lower-case article before one) is keyed and
 * looked up, the longest first, so any spelling of a known place matches.
 * Each word is tried a bounded number of times, so this is linear.
 */
function placeMatches(text: string, sentences: readonly Sentence[]): RawMatch[] {
  const words: Word[] = [];
  NAME_WORD.lastIndex = 0;
  for (let r = NAME_WORD.exec(text); r; r = NAME_WORD.exec(text)) {
    // A giant "word" is never a name; it is skipped whole, so matching stays linear.
    if (r[0].length <= 40) words.push({ start: r.index, end: r.index + r[0].length, text: r[0] });
  }
  const out: RawMatch[] = [];
  // Words of one name stand apart by a single space or line break only: each gap is judged once.
  const joinedToNext = (k: number): boolean => {
    const gap = words[k + 1]!.start - words[k]!.end;
    return (gap === 1 && /^\s$/.test(text[words[k]!.end]!)) || (gap === 2 && text.startsWith('\r\n', words[k]!.end));
  };
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const opens = /^(?:(?:al|el|as|ash|ad|ar|at|az|ez|an)-)?\p{Lu}/u.test(w.text) || (LOWER_ARTICLE.test(w.text) && /^\p{Lu}/u.test(words[i + 1]?.text ?? ''));
    let found: { n: number; id: string } | null = null;
    if (opens) {
      // Only runs of joined words can be one name: the longest such run from here bounds the words tried.
      let chain = 1;
      while (chain < Math.min(MAX_NAME_WORDS, words.length - i) && joinedToNext(i + chain - 1)) chain++;
      const keys = runKeys(words, i, chain);
      for (let n = chain; n >= 1 && !found; n--) {
        const last = words[i + n - 1]!;
        // Every word after the first is capitalized, or a short joiner ("Deir ez Zor", "Tabqa dam" is an alias).
        const id = PLACES_BY_KEY.get(keys[n - 1]!);
        if (!id) continue;
        const place = placeById(id);
        if (isMinor(place)) {
          // A village from the extract: a real name, written with a capital, not a short English word opening a sentence.
          const span = text.slice(w.start, last.end);
          if (span.replace(/[^\p{L}]/gu, '').length < MIN_MINOR_CHARS) continue;
          const sentence = sentenceAt(sentences, w.start);
          if (n === 1 && sentences[sentence]?.start === w.start) continue;
        }
        found = { n, id };
      }
    }
    if (found) {
      const last = words[i + found.n - 1]!;
      out.push({ start: w.start, end: last.end, term: { alias: placeKey(text.slice(w.start, last.end)), targets: [{ kind: 'place', id: found.id }] } });
      i += found.n;
    } else i++;
  }
  return out;
}

/** Every lexicon and gazetteer name in the text, non-overlapping, in order. */
export function findMentions(text: string, sentences: readonly Sentence[], lowerFolded: string = fold(text, true)): Mention[] {
  const raw: RawMatch[] = [];
  // A place and a lexicon name on the same span (Damascus: the city and the government) share one match.
  const bySpan = new Map<string, RawMatch>();
  for (const p of placeMatches(text, sentences)) {
    raw.push(p);
    bySpan.set(`${p.start}:${p.end}`, p);
  }
  for (const m of matchers()) {
    const hay = m.lower ? lowerFolded : fold(text, false);
    m.regex.lastIndex = 0;
    for (let r = m.regex.exec(hay); r; r = m.regex.exec(hay)) {
      const term = m.terms.get(normalizeKey(r[0]));
      const same = bySpan.get(`${r.index}:${r.index + r[0].length}`);
      if (term && same) same.term = { alias: same.term.alias, targets: [...same.term.targets, ...term.targets] };
      else if (term) raw.push({ start: r.index, end: r.index + r[0].length, term });
      if (r[0].length === 0) m.regex.lastIndex++;
    }
  }
  raw.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: RawMatch[] = [];
  let reach = -1;
  for (const r of raw) {
    if (r.start < reach) continue;
    kept.push(r);
    reach = r.end;
  }
  const out: Mention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i];
    if (!r) continue;
    const sentence = sentenceAt(sentences, r.start);
    if (sentence < 0) continue;
    out.push({ start: r.start, end: r.end, sentence, text: text.slice(r.start, r.end), target: resolve(i, kept, text) });
  }
  return out;
}

/** Country names that stand for their governments among the actors. */
const COUNTRY_NAME = /^(?:Turkey|Iran|Iraq|Russia|Syria|Lebanon|Jordan)$/;
const COMPASS_BEFORE = /(?:^|[^\p{L}])(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+$/iu;

/**
 * A name that is both a place and an actor (Damascus) names the government
 * when another capital stands next to it ("commanders in Damascus, Tehran and
 * Moscow"), and the city otherwise.
 */
function resolve(at: number, all: readonly RawMatch[], text: string): Target {
  const r = all[at];
  if (!r) return { kind: 'known' };
  const targets = r.term.targets;
  const place = targets.find((t) => t.kind === 'place');
  const actor = targets.find((t) => t.kind === 'actor');
  // "eastern Turkey", "northern Iran": a compass word makes a country's name a stretch of land, not its government.
  if (actor && !place && COUNTRY_NAME.test(text.slice(r.start, r.end)) && COMPASS_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) return { kind: 'known' };
  if (place && actor && place.kind === 'place' && placeById(place.id)?.capital) {
    const isCapital = (o: RawMatch): boolean => CAPITAL_WORDS.has(normalizeKey(fold(text.slice(o.start, o.end), true)));
    const between = (o: RawMatch): string => text.slice(Math.min(r.end, o.end), Math.max(r.start, o.start));
    // Matches are in order, so only the neighbours within the window need a look.
    let near = false;
    for (let i = at - 1; i >= 0 && !near; i--) {
      const o = all[i];
      if (!o || r.start - o.end > CAPITAL_WINDOW) break;
      near = isCapital(o) && !/[.;!?]/.test(between(o));
    }
    for (let i = at + 1; i < all.length && !near; i++) {
      const o = all[i];
      if (!o || o.start - r.end > CAPITAL_WINDOW) break;
      near = isCapital(o) && !/[.;!?]/.test(between(o));
    }
    return near ? actor : place;
  }
  return targets[0] ?? { kind: 'known' };
}
