/**
 * Is the document about the war at all? The compiler plays the war of 2011 to
 * 2020 in Syria and Iraq, so a document that names the theater's towns but
 * reports no fighting there (a history of the river, a travel guide, a match
 * report, a recipe) is refused, saying why, instead of being turned into a
 * game. The test is built from structure, not topic words: a sentence of the
 * war names one of the war's forces (the actor lexicon) together with
 * fighting (a statement of capture, attack, offensive or reinforcement, or a
 * word of combat); and a document set in another age writes mostly years
 * outside the war's window and no development dated inside it.
 */
import { mentionsIn, sentenceText, type Doc } from '../document';
import type { Statement } from '../statements';
import type { StartDate } from './date';

/** The war's window, as the start date reads it (date.ts). */
export const WAR_FIRST_YEAR = 2011;
export const WAR_LAST_YEAR = 2020;

/** Words of combat beside the statement verbs: fighting said as a noun or a state ("the battle", "besieged", "killed"). */
const COMBAT = /(?<![\p{L}])(?:fought|fight(?:s|ing)?|battles?|clash(?:es|ed)?|air\s?strikes?|strikes?|offensives?|assaults?|siege|besieged|shelling|bombing|killed|wounded|war|front\s?lines?|fronts?|ceasefire|truce|troops|fighters|militants|gunmen|insurgents?|captured|seized|retook|recaptured|liberat(?:ed|ion)|fled|flee(?:s|ing)?|retreat(?:s|ed|ing)?|withdr(?:ew|awn|awal))(?![\p{L}])/u;

/**
 * A year as written: four digits from 1000 to 2099, or three after a word that
 * dates ("in 796", "AD 256"); not a count or a measure ("1,500 fighters",
 * "in 300 metres").
 */
const YEAR = /(?<![\p{L}\p{N},.$\u00a3\u20ac])(?:(1\d{3}|20\d{2})|(?:in|since|until|ad|ce|bc|bce)\s+(\d{3}))(?![\p{L}\p{N}]|[,.]\d|\s*(?:%|percent|km|kilomet\p{L}*|miles?|met(?:er|re)s?|people|men|fighters|soldiers|troops|families|civilians|dollars)(?![\p{L}]))/gu;

export interface ConflictCheck {
  /** Sentences that name a force of the war together with fighting. */
  warSentences: number[];
  /** Years written inside and outside the war's window. */
  yearsInside: number[];
  yearsOutside: number[];
}

/** Sentences that tell of fighting: a statement of capture, attack, offensive or reinforcement that is not denied, or a word of combat. */
export function fightingSentences(doc: Doc, statements: readonly Statement[]): Set<number> {
  const out = new Set<number>();
  for (const st of statements) if (st.modality !== 'denied' && st.verb !== 'threat' && st.verb !== 'friction') out.add(st.sentence);
  for (const s of doc.sentences) if (!out.has(s.index) && COMBAT.test(sentenceText(doc, s.index))) out.add(s.index);
  return out;
}

export function checkConflict(doc: Doc, statements: readonly Statement[]): ConflictCheck {
  const fighting = fightingSentences(doc, statements);
  const warSentences: number[] = [];
  const yearsInside: number[] = [];
  const yearsOutside: number[] = [];
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const force = mentionsIn(doc, s.index).some((m) => m.target.kind === 'actor' || m.target.kind === 'person');
    if (force && fighting.has(s.index)) warSentences.push(s.index);
    YEAR.lastIndex = 0;
    for (let r = YEAR.exec(hay); r; r = YEAR.exec(hay)) {
      const year = Number(r[1] ?? r[2]);
      (year >= WAR_FIRST_YEAR && year <= WAR_LAST_YEAR ? yearsInside : yearsOutside).push(year);
    }
  }
  return { warSentences, yearsInside, yearsOutside };
}

/**
 * One sentence saying why the document is outside the conflict, or null when
 * it is about the war. A document that writes more years outside the window
 * than inside it and dates nothing inside it (no day or month written, no
 * operation named) is set in another age, whatever fighting it tells of.
 */
export function outsideConflict(check: ConflictCheck, start: StartDate): string | null {
  if (check.warSentences.length === 0) {
    return `The document is outside the conflict: no sentence of it names a force of the war against the Islamic State (${WAR_FIRST_YEAR} to ${WAR_LAST_YEAR}, Syria and Iraq) fighting, so there is no war in it to play.`;
  }
  const datedInside = start.sentence !== null;
  if (!datedInside && check.yearsOutside.length > check.yearsInside.length) {
    const years = [...check.yearsOutside].sort((a, b) => a - b);
    const span = years.length > 1 ? `${years[0]} to ${years[years.length - 1]}` : `${years[0]}`;
    return `The document is outside the conflict: most of the years it writes (${span}) lie outside the war of ${WAR_FIRST_YEAR} to ${WAR_LAST_YEAR}, and it dates no development within it.`;
  }
  return null;
}
