/**
 * More than three actors: the rules play three sides, but news copy names
 * more forces than that (Iraqi forces, Iran-backed militias and Hezbollah,
 * Turkey's army). Each such force is attached to the side it fights with in
 * this document, or, fighting both playable camps and with neither, becomes a
 * non-player force; a force the document never puts beside anyone keeps the
 * knowledge base's side (lexicon.ts), said as a default. Every choice keeps
 * the sentence that made it, for the summary.
 *
 * Evidence, read per sentence in one pass over its names:
 * - with: in a sentence of fighting, two forces named next to each other and joined ("Syrian troops and
 *   Iranian-backed militias", "Hezbollah, alongside the Syrian army",
 *   "Iraqi forces, backed by the coalition", "U.S.-backed Iraqi forces");
 * - against: a statement (statements.ts) in which one attacks, threatens or
 *   clashes with the other, or the two named across "between ... and",
 *   "against" or a word of fighting, or after "tensions between".
 */
import type { Side } from '../../rules/scenario';
import { mentionsIn, type Doc } from '../document';
import { ACTORS, PERSONS } from '../lexicon';
import type { Mention } from '../mentions';
import type { Statement } from '../statements';
import { fightingSentences } from './conflict';

export interface Attachment {
  /** The force (an actor id of the lexicon). */
  actor: string;
  /** The side it plays with, or null: a non-player force. */
  side: Side | null;
  /** 'document': a sentence puts it with a side (or against both); 'default': the knowledge base's side. */
  origin: 'document' | 'default';
  /** The force it fights with, when it is one. */
  with: string | null;
  /** The sentence that decided it, when the document did. */
  sentence: number | null;
  /** Why, in words, for the summary. */
  reason: string;
}

/** The three playable sides' own forces: the others are attached to one of them. */
const PRINCIPALS = new Set(['sdf', 'us', 'syrian-government', 'russia', 'islamic-state']);
/**
 * Militias that fight beside an army rather than as one (the Iran-backed and
 * Iraqi Shiite militias, Hezbollah): named only with an army the knowledge
 * base places, they take that army's side, so militias fighting beside Iraqi
 * troops are not put with the Syrian government.
 */
const FOLLOWERS = new Set(['iran-militias']);
const PERSON_ACTOR = new Map(PERSONS.map((p) => [p.id, p.actor]));

function actorId(m: Mention): string | null {
  if (m.target.kind === 'actor') return m.target.id;
  if (m.target.kind === 'person') return PERSON_ACTOR.get(m.target.id) ?? null;
  return null;
}

const nameOf = (id: string): string => ACTORS.find((a) => a.id === id)?.name ?? id;
const lexiconSide = (id: string): Side | null => ACTORS.find((a) => a.id === id)?.side ?? null;

/** How far apart two joined names may stand: a list or an apposition, not a clause. */
const JOIN_REACH = 40;
const JOINED = /^(?:\s+[\p{L}'-]+){0,2}(?:\s*,\s*|\s*,?\s*(?:and|with|alongside|along\s+with|together\s+with|joined\s+by|backed\s+by|supported\s+by|aided\s+by|assisted\s+by|including|as\s+well\s+as|and\s+(?:their|its)\s+allied|and\s+allied)\s+(?:the\s+|their\s+|its\s+|allied\s+)*|-(?:backed|led|allied|supported)\s+(?:the\s+)?)$/u;
/** "fought alongside", "on the flanks of": fighting together, said outright (checked before the words of fighting below). */
const ALONGSIDE = /^(?:\s+[\p{L}'-]+){0,3}\s+(?:alongside|beside|together\s+with|next\s+to|on\s+the\s+(?:side|flanks?)\s+of)\s+(?:the\s+)?$/u;
/** Words between two names that set them against each other. */
const AGAINST = /(?<![\p{L}])(?:against|versus|clash\w*|attack\w*|fought|fighting|struck|shell\w*|accus\w*|rivals?|warn\w*|threat\w*|oppos\w*)(?![\p{L}])/u;
/** Words between two names that part them without a relation: a new clause or an aside. */
const PARTED = /(?<![\p{L}])(?:which|who|whose|but|while|whereas)(?![\p{L}])|[;:.()]/u;
/** "tensions between X and Y": a friction word just before the pair. */
const BETWEEN = /(?<![\p{L}])(?:tensions?|strains?|frictions?|rivalry|standoff|clash\w*|fighting|incidents?|confrontations?|war)\s+(?:\S+\s+){0,2}between\s+(?:the\s+)?$/u;

interface Evidence {
  with: Map<string, number>;
  against: Set<string>;
  /** The first sentence of each relation, for the quote. */
  first: Map<string, number>;
}

/** The evidence for every force the text names, with the others. */
function gather(doc: Doc, statements: readonly Statement[]): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  const get = (id: string): Evidence => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { with: new Map(), against: new Set(), first: new Map() }));
    return e;
  };
  const relate = (a: string, b: string, kind: 'with' | 'against', sentence: number): void => {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const e = get(x);
      if (kind === 'with') e.with.set(y, (e.with.get(y) ?? 0) + 1);
      else e.against.add(y);
      if (!e.first.has(`${kind}:${y}`)) e.first.set(`${kind}:${y}`, sentence);
    }
  };
  const fighting = fightingSentences(doc, statements);
  for (const s of doc.sentences) {
    let prev: { id: string; m: Mention } | null = null;
    for (const m of mentionsIn(doc, s.index)) {
      const id = actorId(m);
      if (!id) continue;
      get(id);
      if (prev && prev.id !== id && m.start - prev.m.end <= JOIN_REACH) {
        const gap = doc.folded.slice(prev.m.end, m.start);
        const before = doc.folded.slice(Math.max(s.start, prev.m.start - 40), prev.m.start);
        if (PARTED.test(gap)) {
          // A new clause or an aside: the two names stand in no relation.
        } else if (ALONGSIDE.test(gap)) relate(prev.id, id, 'with', s.index);
        else if (BETWEEN.test(before) || AGAINST.test(gap)) relate(prev.id, id, 'against', s.index);
        // Named together in a sentence of fighting: fighting together. Elsewhere ("Washington and Ankara agreed") it says nothing of the battlefield.
        else if (fighting.has(s.index) && JOINED.test(gap)) relate(prev.id, id, 'with', s.index);
      }
      prev = { id, m };
    }
  }
  for (const st of statements) {
    if (st.modality === 'denied' || !st.agent || !(st.verb === 'attack' || st.verb === 'threat' || st.verb === 'friction')) continue;
    for (const o of st.objects) {
      const id = actorId(o);
      if (id) relate(st.agent, id, 'against', st.sentence);
    }
  }
  return out;
}

/**
 * The side of every force the document names besides the three sides' own:
 * the side of the force it is named with most, when that force is a side's
 * own or is itself attached (the militias with the Iraqi forces they fight
 * beside); a force set against both playable camps and with neither is a
 * non-player; else the knowledge base's side.
 */
export function attachForces(doc: Doc, statements: readonly Statement[]): Attachment[] {
  const evidence = gather(doc, statements);
  const decided = new Map<string, Attachment>();
  const sideOf = (id: string): Side | null | undefined => (PRINCIPALS.has(id) ? lexiconSide(id) : decided.get(id)?.side);
  const others = ACTORS.filter((a) => !PRINCIPALS.has(a.id) && evidence.has(a.id)).map((a) => a.id);
  // Forces named with a side's own first, then those named only with another attached force.
  const defaultOf = (id: string): Attachment => {
    const side = lexiconSide(id);
    const role = ACTORS.find((a) => a.id === id)?.role ?? '';
    const reason = side === null ? `no sentence puts it with a side: a non-player force, as the knowledge base has it (${role})` : `no sentence puts it with a side: the knowledge base's side (${role})`;
    return { actor: id, side, origin: 'default', with: null, sentence: null, reason };
  };
  // Round 0 and 1: forces named with a side's own, then those named with a force just attached.
  // Round 2: a government's army still undecided keeps the knowledge base's side, and the militias beside it follow it.
  for (let round = 0; round < 3; round++) {
    if (round === 2) for (const id of others) if (!decided.has(id) && !FOLLOWERS.has(id)) decided.set(id, defaultOf(id));
    for (const id of others) {
      if (decided.has(id)) continue;
      const e = evidence.get(id)!;
      const partners = [...e.with.entries()]
        .filter(([p]) => !e.against.has(p) && sideOf(p) !== undefined && sideOf(p) !== null && sideOf(p) !== 'islamicState')
        .sort((a, b) => b[1] - a[1] || (e.first.get(`with:${a[0]}`) ?? 0) - (e.first.get(`with:${b[0]}`) ?? 0));
      const best = partners[0];
      if (best) {
        const [partner] = best;
        decided.set(id, { actor: id, side: sideOf(partner) ?? null, origin: 'document', with: partner, sentence: e.first.get(`with:${partner}`) ?? null, reason: `fights with ${nameOf(partner)} (named with it, in a sentence of fighting)` });
        continue;
      }
      const against = new Set([...e.against].map((p) => sideOf(p)).filter((x): x is Side => x === 'coalition' || x === 'regime'));
      // Set against both camps, or against the very side the knowledge base would give it, or a non-player set against anyone: no side.
      const kb = lexiconSide(id);
      if ((against.has('coalition') && against.has('regime')) || (kb !== null && against.has(kb)) || (kb === null && against.size > 0)) {
        const foes = [...e.against].filter((p) => sideOf(p) === 'coalition' || sideOf(p) === 'regime');
        const first = foes.map((p) => e.first.get(`against:${p}`) ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
        decided.set(id, { actor: id, side: null, origin: 'document', with: null, sentence: Number.isFinite(first) ? first : null, reason: `set against ${foes.map(nameOf).join(' and ')}, with no side: a non-player force` });
      }
    }
  }
  return others.map((id) => decided.get(id) ?? defaultOf(id));
}
