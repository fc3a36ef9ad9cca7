/**
 * Hostile documents: about half a megabyte each, built to make a careless
 * compiler pass quadratic (runs that get rescanned, one sentence with
 * thousands of names that every name looks through, lists that every verb
 * walks again). Each must compile or be refused in well under a second:
 * `npm run attack-documents` prints how long each takes, and
 * test/scenario/hostile.test.ts compiles them all (a regression times out).
 * Deterministic: the same bytes on every run.
 */
import seedrandom from 'seedrandom';
import { MAX_DOCUMENT_CHARS } from '../scenario/defaults';

export interface HostileDocument {
  name: string;
  /** What it attacks. */
  what: string;
  /** The file's bytes, as a player would open it. */
  bytes(): Uint8Array;
}

/** Just under the compiler's cap, so the document is read and not refused for its length. */
export const HOSTILE_CHARS = MAX_DOCUMENT_CHARS - 1_000;

/** A sentence that names the group, an opponent and two places, so the compile goes past its first checks. */
const PREAMBLE = 'ISIS leaders fled Raqqa for Mayadin. The SDF took Tabqa. ';

const PLACES = ['Raqqa', 'Tabqa', 'Mayadin', 'Deir ez-Zor', 'Abu Kamal', 'Hajin', 'Manbij', 'Palmyra', 'Sukhnah', 'Shaddadi', 'Madan', 'Al-Qaim', 'Mosul', 'Kobani', 'Hasakah', 'Aleppo'];
const ACTORS = ['ISIS', 'SDF', 'the U.S.', 'Russia', 'the Syrian army', 'Iran-backed militias', 'Turkey', 'Hezbollah', 'al-Baghdadi'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `unit` repeated after the preamble up to `chars` characters (whole units only). */
function repeated(unit: string, prefix = PREAMBLE, chars = HOSTILE_CHARS): string {
  return prefix + unit.repeat(Math.max(0, Math.floor((chars - prefix.length) / unit.length)));
}

/** Pieces drawn by `next` after the preamble until the text is `chars` long. */
function drawn(seed: string, next: (pick: <T>(xs: readonly T[]) => T, rng: () => number) => string, prefix = PREAMBLE, chars = HOSTILE_CHARS): string {
  const rng = seedrandom.alea(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const parts: string[] = [prefix];
  let length = prefix.length;
  for (;;) {
    const piece = next(pick, rng);
    if (length + piece.length > chars) break;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

function capitalizedWord(rng: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let w = String.fromCharCode(65 + Math.floor(rng() * 26));
  const n = 2 + Math.floor(rng() * 7);
  for (let i = 0; i < n; i++) w += letters[Math.floor(rng() * 26)];
  return w;
}

const text = (name: string, what: string, build: () => string): HostileDocument => ({ name, what, bytes: () => utf8(build()) });

export const HOSTILE_DOCUMENTS: readonly HostileDocument[] = [
  text('dots', 'one run of half a million periods', () => repeated('.')),
  text('marks', 'runs of . ! ? and closing quotes, rarely a space', () => drawn('marks', (pick) => pick(['.', '.', '!', '?', '?!', '...', '"', ')', '.)', ' ']))),
  text('spaced-dots', 'a quarter of a million empty sentences (". ")', () => repeated('. ')),
  text('giant-word', 'one word of half a million letters', () => repeated('a', `${PREAMBLE}Raqq`)),
  text('giant-capitals', 'one word of half a million capital letters', () => repeated('A', `${PREAMBLE}RAQQ`)),
  text('capitalized-words', '60,000 unknown capitalized words in one sentence', () => drawn('caps', (_, rng) => `${capitalizedWord(rng)} `)),
  text('capitalized-sentences', 'unknown capitalized names in 25,000 short sentences', () => drawn('caps2', (_, rng) => `The ${capitalizedWord(rng)} ${capitalizedWord(rng)} met ${capitalizedWord(rng)}. `)),
  text('known-names', 'every place and actor, 50,000 names in one sentence', () => drawn('names', (pick) => `${pick([...PLACES, ...ACTORS])}${pick([', ', ' and ', ' ', ' near '])}`)),
  text('flight-chain', 'one sentence of "fled for" chains every verb walks', () => repeated(`${'fled for '}${PLACES[0]} and Mayadin `, `${PREAMBLE}ISIS leaders `)),
  text('redoubt-lists', 'redoubt words next to long lists of places, one sentence', () => drawn('redoubts', (pick) => `${pick(PLACES)} ${pick(['and', 'or', 'and other', ','])} ${pick(['', '', 'strongholds of ', 'redoubts '])}`, `${PREAMBLE}The group's strongholds `)),
  text('operations', 'operation words and places, one sentence', () => drawn('ops', (pick) => `${pick(['the offensive to capture', 'the battle for', 'the assault on', 'the push to retake'])} ${pick(PLACES)} ${pick(['began', 'last week', 'and'])} `)),
  text('distances', 'stated distances between places, one sentence', () => drawn('km', (pick, rng) => `${1 + Math.floor(rng() * 300)} ${pick(['miles', 'km', 'kilometers'])} ${pick(['from', 'north of', 'southeast of'])} ${pick(PLACES)}, `, `${PREAMBLE}ISIS fighters were `)),
  text('alliances', '12,000 sentences of "backed by"', () => drawn('backed', (pick) => `${pick(['The SDF', 'Syrian troops', 'The militias'])}, backed by ${pick(['the U.S.', 'Russia', 'Iran'])}, fought ISIS near ${pick(PLACES)}. `)),
  text('frictions', '12,000 sentences of friction between the sides', () => drawn('friction', (pick) => `${pick(['Tensions', 'Clashes', 'A standoff'])} between ${pick(['the U.S.', 'the SDF'])} and ${pick(['Russia', 'Syrian troops', 'Turkey'])} ${pick(['threatened', 'delayed', 'are likely to hinder'])} the fight against ISIS. `)),
  text('objectives', 'operations on a town already taken, beside statements of who holds what', () => repeated('The offensive on Manbij and the SDF-held town of Kobani. ', `On June 5, 2017, ${PREAMBLE}`)),
  text('leaders', "quantities of the group's leaders, one sentence", () => repeated("many of the group's leaders and several ISIS commanders and 12 emirs ")),
  text('control', 'holding statements, one sentence', () => drawn('held', (pick) => `${pick(['the SDF-held town of', 'ISIS still holds', 'the regime retook'])} ${pick(PLACES)}, ${pick(PLACES)}, held by the Islamic State, `)),
  text('capitals', 'capitals listed together (government or city)', () => repeated('Damascus, Tehran and Moscow ')),
  text('dotted-word', 'a capitalized word with a quarter of a million marks inside it', () => repeated('.-', `${PREAMBLE}A`) + 'b'),
  text('nested-brackets', 'brackets nested half a million deep', () => `${PREAMBLE}${'('.repeat((HOSTILE_CHARS - PREAMBLE.length) / 2 - 10)}ISIS${')'.repeat((HOSTILE_CHARS - PREAMBLE.length) / 2 - 10)}.`),
  text('nested-quotes', 'quotes and brackets nested, closed after a period', () => {
    const half = Math.floor((HOSTILE_CHARS - PREAMBLE.length) / 12) - 2;
    return `${PREAMBLE}${'"\'\u201c\u2018(['.repeat(half)}ISIS fled Raqqa.${'])\u2019\u201d\'"'.repeat(half)} Next.`;
  }),
  text('dates', '17,000 sentences with dates in every written form', () => drawn('dates', (pick, rng) => {
    const day = 1 + Math.floor(rng() * 28);
    const month = pick(MONTH_NAMES);
    const year = 2014 + Math.floor(rng() * 5);
    return pick([`On ${month} ${day}, ${year}, ISIS fled ${pick(PLACES)}. `, `In ${month} ${year} the SDF took ${pick(PLACES)}. `, `${year}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}: ${day} ${month} ${year}. `]);
  })),
  text('no-spaces', 'one line of names and words with no space', () => drawn('nospace', (pick) => `${pick([...PLACES, ...ACTORS, 'fled', 'for', 'held', 'leaders'])}${pick([',', '.', '-', '', '/'])}`, 'ISIS,SDF,Raqqa,Tabqa,')),
  text('control-characters', 'words among control characters (under the binary threshold)', () => drawn('ctrl', (pick) => `${pick([...PLACES, ...ACTORS, 'fled', 'for'])}${pick([' ', ' ', ' ', '\u0001', '\u001b', '\u0008', '\u000b', '\u007f', '\u0085'])}`)),
  { name: 'binary', what: 'half a megabyte of random bytes', bytes: () => {
    const rng = seedrandom.alea('binary');
    const out = new Uint8Array(HOSTILE_CHARS);
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(rng() * 256);
    return out;
  } },
  text('line-breaks', 'runs of \\n, \\r and \\r\\n between short words', () => drawn('breaks', (pick) => `${pick(['', 'ISIS', 'Raqqa.', 'a', '#', '-'])}${pick(['\n', '\r', '\r\n', '\n\n', '\r\r\r', ' \n '])}`)),
  text('markdown', 'headings, quotes and list items, one per line', () => repeated('# Raqqa\n- ISIS fled\n> SDF\n1. Mayadin\n* for\n')),
  text('abbreviations', 'abbreviations and initials that never end a sentence', () => repeated('U.S. Lt. Gen. Dr. St. a.m. e.g. J. R. ')),
  text('combining-marks', 'a capital followed by half a million combining accents', () => repeated('\u0301', `${PREAMBLE}R`)),
  text('astral', 'capitalized words of astral-plane letters and emoji', () => drawn('astral', (pick) => `${pick(['\u{1d400}', '\u{1d401}', '\u{1d5a0}'])}${pick(['\u{1d41a}', '\u{1d41b}', '\u{1f600}', 'a'])}${pick(['\u{1d41c}', 'b'])} `)),
  text('whitespace', 'runs of every kind of space', () => drawn('ws', (pick, rng) => pick([' ', '\t', '\u00a0', '\f', '\u2003', '\ufeff']).repeat(1 + Math.floor(rng() * 2000)) + pick(['', 'ISIS', 'Raqqa', 'Deir', 'ez-Zor', 'fled']))),
  text('hyphens', 'hyphens and spaces inside names, repeated', () => repeated('Deir-ez-Zor - al-Raqqa -- Abu - Kamal-')),
  text('over-cap', 'the seed-like text well over the length cap (refused)', () => repeated('ISIS leaders fled Raqqa for Mayadin as the SDF took Tabqa. ', '', MAX_DOCUMENT_CHARS + 100_000)),
];
