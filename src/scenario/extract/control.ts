/**
 * Who holds what, as the document states it: "the SDF-held town of Tabqa",
 * "Mayadin, held by the Islamic State", "government forces still hold Deir
 * ez-Zor". Attacks and captures are what the game is about, so only
 * statements of holding override the knowledge base's map of the start date.
 */
import type { Side } from '../../rules/scenario';
import type { Doc } from '../document';
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
const IN_HANDS = /^\s+(?:remains?|is|was|stays?)\s+(?:still\s+)?(?:in|under)\s+(?:the\s+)?$/;

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
      if (HELD_BY.test(gap) || (IN_HANDS.test(gap) && /^(?:'s)?\s+(?:hands|control)/.test(after))) side = sideOfMention(next);
    }
    if (side) out.push({ place, side, sentence: m.sentence });
  }
  return out;
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
