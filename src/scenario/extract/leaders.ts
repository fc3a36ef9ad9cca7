/**
 * Leaders: the group's leaders the document names ("including al-Baghdadi")
 * and the number it implies ("many of the group's leaders"), as tokens.
 * Unnamed tokens get neutral names; every token carries the sentence that
 * implies it.
 */
import { LEADER_COUNTS, MAX_LEADERS, PLURAL_LEADERS } from '../defaults';
import { sentenceText, type Doc } from '../document';
import { PERSONS } from '../lexicon';
import { sidesIn } from './actors';

export interface NamedLeader {
  person: string;
  name: string;
  value: number;
  sentence: number;
}

export interface LeaderCount {
  count: number;
  sentence: number;
  /** Offsets of the phrase that implies the count. */
  start: number;
  end: number;
}

export function extractNamedLeaders(doc: Doc): NamedLeader[] {
  const out: NamedLeader[] = [];
  for (const m of doc.mentions) {
    if (m.target.kind !== 'person') continue;
    const id = m.target.id;
    const person = PERSONS.find((p) => p.id === id);
    if (!person?.leaderValue || out.some((l) => l.person === id)) continue;
    out.push({ person: id, name: person.name, value: person.leaderValue, sentence: m.sentence });
  }
  return out;
}

const QUANTITY = Object.keys(LEADER_COUNTS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A quantity (1), the group as possessor (2: "the group's", "al-Baghdadi's"),
 * the group as adjective (3: "senior ISIS figures") and the noun (4): leaders,
 * and the words news copy uses for them ("deputies", "figures", "emirs").
 */
const LEADERS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${QUANTITY}|\\d{1,3})\\s+(?:of\\s+)?)?(?:(?:the\\s+)?(group's|its|their|islamic state(?:'s)?|isis(?:'s)?|isil(?:'s)?|daesh(?:'s)?|(?:abu bakr )?(?:al-)?baghdadi's)\\s+)?(?:(?:top|senior|key|remaining|most|surviving)\\s+)?(?:(islamic state|isis|isil|daesh)\\s+)?(leaders|commanders|emirs|deputies|lieutenants|leadership figures|figures)(?![\\p{L}])`,
  'gu',
);

/**
 * The largest number of the group's leaders any sentence implies. Only
 * sentences that name the group (or one of its people) count, so "coalition
 * commanders" are never the group's leaders.
 */
export function extractLeaderCount(doc: Doc): LeaderCount | null {
  let best: LeaderCount | null = null;
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    // A person of the group (al-Baghdadi) counts as naming it: sidesIn maps people to their faction.
    if (!sidesIn(doc, s.index).has('islamicState')) continue;
    LEADERS.lastIndex = 0;
    for (let r = LEADERS.exec(hay); r; r = LEADERS.exec(hay)) {
      const word = r[1];
      // "commanders" or "figures" alone are as likely to be the other side's: a quantity, or the group named with them, makes them the group's.
      const groups = (r[2] && r[2] !== 'its' && r[2] !== 'their') || r[3];
      if (!word && r[4] !== 'leaders' && !groups) continue;
      const count = Math.min(MAX_LEADERS, word ? (LEADER_COUNTS[word] ?? Number(word)) : PLURAL_LEADERS);
      if (!(count > 0)) continue;
      if (!best || count > best.count) best = { count, sentence: s.index, start: s.start + r.index, end: s.start + r.index + r[0].length };
    }
  }
  return best;
}
