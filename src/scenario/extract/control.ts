/**
 * Who holds what, as the document states it: "the SDF-held town of Tabqa",
 * "Mayadin, held by the Islamic State", "government forces still hold Deir
 * ez-Zor". Attacks and captures are what the game is about, so only
 * statements of holding override the knowledge base's map of the start date.
 */
import type { Side } from '../../rules/scenario';
import { firstWhere, type Doc } from '../document';
import { ACTORS, PERSONS } from '../lexicon';
import type { Mention } from '../mentions';
import { sideOfActor, type Statement } from '../statements';

export interface ControlStatement {
  place: string;
  side: Side;
  sentence: number;
}

function sideOfMention(m: Mention | undefined): Side | null {
  if (!m) return null;
  const id = m.target.kind === 'actor' ? m.target.id : m.target.kind === 'person' ? PERSONS.find((p) => p.id === (m.target.kind === 'person' ? m.target.id : ''))?.actor : undefined;
  return ACTORS.find((a) => a.id === id)?.side ?? null;
}

const HELD_ADJ = /^[-\s](?:held|controlled)\s+(?:(?:city|town|village|area)\s+of\s+)?$/;
// "captured the town of Tabqa" (past tense, the actor right before): by the time of writing it is theirs.
const HOLDS = /^\s+(?:still\s+|now\s+|firmly\s+|have\s+|has\s+)?(?:holds?|held|controls?|controlled|retains?|retained|kept|captured|seized|took|took\s+back|retook|recaptured|liberated|overran|took\s+control\s+of)\s+(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?$/;
const HELD_BY = /^,?\s*(?:which\s+(?:is|was)\s+|still\s+|now\s+)?(?:held|controlled)\s+by\s+(?:the\s+)?$/;
// "Tabqa, which the SDF took in December": a relative clause of a past capture or of holding, its agent right after "which".
const WHICH = /^,?\s*(?:which|that)\s+(?:the\s+)?$/;
const WHICH_VERB = /^\s+(?:had\s+|has\s+|have\s+|still\s+|now\s+)?(?:took|taken|captured|seized|retook|recaptured|liberated|overran|holds?|held|controls?|controlled)(?![\p{L}])/u;
const IN_HANDS = /^\s+(?:remains?|is|was|stays?)\s+(?:still\s+)?(?:in|under)\s+(?:the\s+)?$/;

/**
 * "the government-held half of the city", "the regime-controlled part of Deir
 * ez-Zor": a side named by a bare word (no actor of the lexicon) holding part
 * of a place. The side holds ground in it, so the region is that side's.
 */
const PART_HELD = /(?<![\p{L}])(government|regime|army|kurdish|jihadist|militant)-(?:held|controlled)\s+(?:half|part|parts|side|sectors?|districts?|neighbou?rhoods?|quarters?|areas?|pocket|enclave)\s+of\s+(?:the\s+)?(?:(city|town)(?![\p{L}]))?/gu;
const PART_SIDE: Record<string, Side> = { government: 'regime', regime: 'regime', army: 'regime', kurdish: 'coalition', jihadist: 'islamicState', militant: 'islamicState' };

function partsHeld(doc: Doc): ControlStatement[] {
  const out: ControlStatement[] = [];
  for (const s of doc.sentences) {
    const hay = doc.folded.slice(s.start, s.end);
    PART_HELD.lastIndex = 0;
    for (let r = PART_HELD.exec(hay); r; r = PART_HELD.exec(hay)) {
      const side = PART_SIDE[r[1] ?? ''];
      const after = s.start + r.index + r[0].length;
      // "of Deir ez-Zor": the place named next; "of the city": the last place named before it.
      const k = firstWhere(doc.mentions, (m) => m.start >= after);
      const next = doc.mentions[k];
      let place: Mention | undefined = !r[2] && next && next.start === after && next.target.kind === 'place' ? next : undefined;
      // A bounded walk back (20 names), so a sentence of many such phrases stays linear.
      for (let j = k - 1; r[2] && j >= 0 && j >= k - 20 && !place; j--) {
        const m = doc.mentions[j]!;
        if (m.sentence < s.index - 1) break;
        if (m.target.kind === 'place') place = m;
      }
      if (side && place && place.target.kind === 'place') out.push({ place: place.target.id, side, sentence: s.index });
    }
  }
  return out;
}

/** Longer gaps are never one phrase (and keep the regexes linear). */
const MAX_GAP = 80;

export function extractControl(doc: Doc): ControlStatement[] {
  const out: ControlStatement[] = [];
  const ms = doc.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!m || m.target.kind !== 'place') continue;
    const place = m.target.id;
    const prev = ms[i - 1];
    const next = ms[i + 1];
    let side: Side | null = null;
    if (prev && prev.sentence === m.sentence) {
      const gap = doc.folded.slice(prev.end, m.start);
      if (gap.length <= MAX_GAP && (HELD_ADJ.test(gap) || HOLDS.test(gap))) side = sideOfMention(prev);
    }
    if (!side && next && next.sentence === m.sentence) {
      const gap = doc.folded.slice(m.end, next.start);
      const after = doc.folded.slice(next.end, next.end + 20);
      if (gap.length > MAX_GAP) continue;
      if (HELD_BY.test(gap) || (IN_HANDS.test(gap) && /^(?:'s)?\s+(?:hands|control)/.test(after)) || (WHICH.test(gap) && WHICH_VERB.test(after))) side = sideOfMention(next);
    }
    if (side) out.push({ place, side, sentence: m.sentence });
  }
  return [...out, ...partsHeld(doc)];
}

/**
 * Captures the text reports as having happened ("Syrian troops took full
 * control of Sukhnah", "broke the siege of Deir ez-Zor", "driven Islamic State
 * militants out of Kobani"): the place the verb governs is the agent's side's
 * at the document's moment. A denied, planned or feared capture changes nothing.
 */
export function capturesOf(statements: readonly Statement[]): ControlStatement[] {
  const out: ControlStatement[] = [];
  for (const st of statements) {
    if (st.verb !== 'capture' || st.modality !== 'happened') continue;
    const side = sideOfActor(st.agent);
    if (!side) continue;
    const place = st.objects.find((m) => m.target.kind === 'place');
    if (place && place.target.kind === 'place') out.push({ place: place.target.id, side, sentence: st.sentence });
  }
  return out;
}
