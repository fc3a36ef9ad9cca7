/**
 * Actors: every faction the document names, directly or through one of its
 * people, mapped to its side; and alliances ("backed by Russia",
 * "U.S.-backed"), which say whose help a force fights with.
 */
import type { ActorDef, Side } from '../../rules/scenario';
import { mentionsIn, provenance, type Doc } from '../document';
import { ACTORS, PERSONS } from '../lexicon';

export interface Alliance {
  /** The actor that backs. */
  backer: string;
  /** The backer as the document names it ("Russia", "Russian jets"). */
  name: string;
  sentence: number;
  /** "passive": "backed by X", a statement; "label": "X-backed militias", a name. */
  form: 'passive' | 'label';
}

const PERSON_ACTOR = new Map(PERSONS.map((p) => [p.id, p.actor]));

/** First sentence naming each actor, directly or through a person. */
export function actorMentions(doc: Doc): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of doc.mentions) {
    const id = m.target.kind === 'actor' ? m.target.id : m.target.kind === 'person' ? PERSON_ACTOR.get(m.target.id) : undefined;
    if (id && !first.has(id)) first.set(id, m.sentence);
  }
  return first;
}

/** The side of each actor mentioned in a sentence. */
export function sidesIn(doc: Doc, sentence: number): Set<Side | null> {
  const out = new Set<Side | null>();
  for (const m of mentionsIn(doc, sentence)) {
    const id = m.target.kind === 'actor' ? m.target.id : m.target.kind === 'person' ? PERSON_ACTOR.get(m.target.id) : undefined;
    const actor = ACTORS.find((a) => a.id === id);
    if (actor) out.add(actor.side);
  }
  return out;
}

export function extractActors(doc: Doc): ActorDef[] {
  const first = actorMentions(doc);
  const out: ActorDef[] = [];
  for (const a of ACTORS) {
    const sentence = first.get(a.id);
    if (sentence === undefined) continue;
    out.push({ id: a.id, name: a.name, side: a.side, role: a.role, origin: 'document', source: provenance(doc, sentence, a.id) });
  }
  return out;
}

const PASSIVE = /(?:backed|supported|assisted|aided|armed)\s+by\s+(?:the\s+)?$/;
const LABEL = /^[-\s]?(?:backed|supported)(?![\p{L}])/u;

export function extractAlliances(doc: Doc): Alliance[] {
  const out: Alliance[] = [];
  for (const m of doc.mentions) {
    if (m.target.kind !== 'actor') continue;
    const before = doc.folded.slice(Math.max(0, m.start - 30), m.start);
    const after = doc.folded.slice(m.end, m.end + 12);
    if (PASSIVE.test(before)) out.push({ backer: m.target.id, name: m.text, sentence: m.sentence, form: 'passive' });
    else if (LABEL.test(after)) out.push({ backer: m.target.id, name: m.text, sentence: m.sentence, form: 'label' });
  }
  return out;
}

/** Forces that fight in the air, or speak, unless the text puts their soldiers on the ground. */
const AIR_ACTORS = new Set(['us', 'russia']);
/** "U.S. special forces", "Russian military police", "coalition troops": soldiers on the ground. */
const GROUND_AFTER = /^[-\s]*(?:led\s+)?(?:coalition\s+)?(?:ground\s+|special\s+|combat\s+)?(?:troops|soldiers|forces|special\s+forces|special\s+operations|marines|advisers|advisors|commandos|artillery|military\s+police|units|personnel|rangers)(?![\p{L}])/u;

/**
 * Does the document put a force of this side on the ground? The SDF, the
 * Iraqi forces, the Syrian army and the militias are ground forces; the U.S.
 * and Russia are air power and words ("coalition aircraft struck", "Moscow
 * requested a meeting") unless their soldiers are named ("U.S. special
 * forces", "American forces"). A side with no ground force has no operation
 * of its own to give it an objective.
 */
export function hasGroundForce(doc: Doc, side: Side, sideOf: (actor: string) => Side | null | undefined): boolean {
  for (const m of doc.mentions) {
    const id = m.target.kind === 'actor' ? m.target.id : null;
    if (!id || sideOf(id) !== side) continue;
    if (!AIR_ACTORS.has(id)) return true;
    if (/(?:forces|troops|soldiers|marines)$/.test(m.text.toLowerCase()) || GROUND_AFTER.test(doc.folded.slice(m.end, m.end + 40))) return true;
  }
  return false;
}
