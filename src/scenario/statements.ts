/**
 * Statements, not keywords: who did what to whom or where, and how the text
 * holds it (happened, ongoing, planned, feared, denied), in the manner of
 * event coders such as PETRARCH/CAMEO: an actor dictionary (lexicon.ts), verb
 * classes (below) and the parse. wink-nlp tags the sentence; its parts of
 * speech tell a verb from a noun ("attack"), its negation flags say what is
 * denied, and the auxiliaries before the verb give the modality.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Side } from '../rules/scenario';
import { SentenceClauses } from './clauses';
import { firstWhere, mentionsIn, sentenceText, type Doc } from './document';
import { ACTORS, PERSONS } from './lexicon';
import type { Mention } from './mentions';

export type VerbClass = 'capture' | 'attack' | 'offensive' | 'threat' | 'reinforce' | 'friction' | 'flee';
export type Modality = 'happened' | 'ongoing' | 'planned' | 'feared' | 'denied';

export interface Statement {
  sentence: number;
  verb: VerbClass;
  /** The trigger as written, with offsets into the text. */
  trigger: string;
  start: number;
  end: number;
  /** The actor that acts: the nearest actor named before the verb in its clause. */
  agent: string | null;
  /** Actors and places the verb governs: named after it, in its clause. */
  objects: Mention[];
  modality: Modality;
}

/** Verb classes as phrases on the folded text; the first group is the trigger. */
const VERBS: ReadonlyArray<{ verb: VerbClass; re: RegExp }> = [
  { verb: 'capture', re: /(?<![\p{L}])(captured|seized|took\s+(?:full\s+|back\s+)?control\s+of|took\s+back|took|retook|recaptured|liberated|overran|drove\s+[^.;]{0,40}?\s+out\s+of|driven\s+[^.;]{0,40}?\s+out\s+of|broke\s+the\s+siege\s+of|broken\s+the\s+siege\s+of|cleared|has\s+fallen|have\s+fallen|fell\s+to|taking|taken\s+(?:full\s+)?control\s+of|taken(?!\s+refuge))(?![\p{L}])/gu },
  { verb: 'attack', re: /(?<![\p{L}])(struck|strikes?\s+on|shelled|shelling|bombed|bombing|fired\s+(?:on|at|across|upon)|firing\s+(?:on|at|across|upon)|attacked|targeted|raided|hit|clashed\s+with)(?![\p{L}])/gu },
  { verb: 'offensive', re: /(?<![\p{L}])(offensive\s+(?:on|against|toward|towards|for)|assault\s+on|push\s+(?:on|into|toward|towards|against)|advanc(?:e|ed|ing)\s+(?:on|toward|towards|into)|fighting\s+(?:street\s+by\s+street\s+)?inside|battle\s+for|next\s+(?:targets?|phase|objective)|first\s+objective|relief\s+of|march\s+on|closing\s+in\s+on|encircled|besieging|pressing)(?![\p{L}])/gu },
  { verb: 'threat', re: /(?<![\p{L}])(threatened|threatens|threaten|warned|would\s+launch|will\s+launch|would\s+not\s+accept|will\s+not\s+accept|would\s+not\s+allow|would\s+respond|vowed|demanded|protested|objected|condemned|accused)(?![\p{L}])/gu },
  { verb: 'reinforce', re: /(?<![\p{L}])(moved\s+up|being\s+moved|sent\s+(?:more\s+)?(?:troops|fighters|reinforcements|units)|deployed|brought\s+in|reinforced|reinforcing|airlifted|rushed)(?![\p{L}])/gu },
  { verb: 'friction', re: /(?<![\p{L}])(tensions?|frictions?|strain|standoff|rivalry|antagoniz(?:e|ed|ing)|antagonis(?:e|ed|ing)|provok(?:e|ed|ing)|confrontations?|direct\s+contact|incidents?|skirmish(?:es)?)(?![\p{L}])/gu },
];

const CLAUSE_END = /[;:!?]|\.\s|,\s+(?:which|who|while|but|where|whose)\s/;
/** How far after a trigger its objects may stand. */
const REACH = 90;

const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const its = nlp.its;
/** wink's tokenizer is slow on giant space-free runs: such a sentence is read by its words alone. */
const MAX_PARSED_SENTENCE = 1200;
const MAX_RUN = 60;

interface Token {
  start: number;
  end: number;
  value: string;
  pos: string;
  negated: boolean;
}

function tag(doc: Doc, sentence: number): Token[] | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const text = doc.text.slice(s.start, s.end);
  if (text.length > MAX_PARSED_SENTENCE || new RegExp(`\\S{${MAX_RUN}}`).test(text)) return null;
  const parsed = nlp.readDoc(text);
  const values = parsed.tokens().out(its.value) as string[];
  const pos = parsed.tokens().out(its.pos) as string[];
  const neg = parsed.tokens().out(its.negationFlag) as unknown as boolean[];
  const out: Token[] = [];
  let cursor = 0;
  values.forEach((v, i) => {
    const at = text.indexOf(v, cursor);
    if (at < 0) return;
    cursor = at + v.length;
    out.push({ start: s.start + at, end: s.start + cursor, value: v.toLowerCase(), pos: pos[i] ?? '', negated: neg[i] === true });
  });
  return out;
}

const MODAL_PLANNED = new Set(['will', 'would', 'shall', 'going', 'plans', 'plan', 'planned', 'intends', 'vowed']);
const MODAL_FEARED = new Set(['could', 'might', 'may', 'feared', 'fears', 'fear', 'risk', 'likely', 'possible', 'expected']);

/** The modality of a trigger, from the tokens before it in its clause. */
function modalityOf(doc: Doc, tokens: Token[] | null, from: number, at: number, end: number, trigger: string): Modality {
  const window = tokens ? tokens.filter((t) => t.end <= at && t.start >= Math.max(from, at - 50)) : [];
  const own = tokens?.find((t) => t.start >= at && t.start < end);
  const before = doc.folded.slice(Math.max(from, at - 50), at);
  const words = tokens ? window.map((t) => t.value) : before.split(/[^\p{L}']+/u).filter(Boolean);
  const negated = own?.negated === true || /(?:^|\s)(?:not|never|no|n't|denied|denies|deny)\s+(?:\S+\s+)?$/.test(before);
  if (negated && !/not\s+(?:accept|allow)/.test(trigger)) return 'denied';
  const recent = words.slice(-4);
  // "may have slipped out": a possibility about the past is a report of what happened, not a plan.
  const perfect = recent.includes('have') || recent.includes('has') || recent.includes('had');
  if (recent.some((w) => MODAL_PLANNED.has(w)) || /^(?:would|will)\s/.test(trigger)) return 'planned';
  if (recent.some((w) => MODAL_FEARED.has(w)) && !perfect) return 'feared';
  if (/ing$/.test(trigger.split(/\s+/)[0] ?? '') || recent.some((w) => w === 'continue' || w === 'continues' || w === 'ongoing' || w === 'still')) return 'ongoing';
  if (own && own.pos === 'VERB' && /ing$/.test(own.value)) return 'ongoing';
  return 'happened';
}

const PERSON_ACTOR = new Map(PERSONS.map((p) => [p.id, p.actor]));
export function actorOf(m: Mention): string | null {
  if (m.target.kind === 'actor') return m.target.id;
  if (m.target.kind === 'person') return PERSON_ACTOR.get(m.target.id) ?? null;
  return null;
}
export function sideOfActor(id: string | null): Side | null | undefined {
  return id === null ? undefined : ACTORS.find((a) => a.id === id)?.side;
}

/** Every statement of the document, in text order. */
export function extractStatements(doc: Doc): Statement[] {
  const out: Statement[] = [];
  for (const s of doc.sentences) {
    const hay = sentenceText(doc, s.index);
    const found: Array<{ verb: VerbClass; at: number; end: number; text: string }> = [];
    for (const { verb, re } of VERBS) {
      re.lastIndex = 0;
      for (let r = re.exec(hay); r; r = re.exec(hay)) found.push({ verb, at: s.start + r.index, end: s.start + r.index + (r[1] ?? r[0]).length, text: r[1] ?? r[0] });
    }
    if (found.length === 0) continue;
    found.sort((a, b) => a.at - b.at);
    const tokens = tag(doc, s.index);
    const ms = mentionsIn(doc, s.index);
    // Clauses, speech verbs and actors looked up, not rescanned for every trigger (clauses.ts).
    const clauses = new SentenceClauses(doc.folded, s.start, s.end, ms, (m) => actorOf(m) !== null);
    for (const f of found) {
      // "attack" the noun is not an attack made; a verb class needs a verb (or a noun phrase built for it).
      const own = tokens?.find((t) => t.start >= f.at && t.start < f.end);
      if (f.verb === 'attack' && own && own.pos !== 'VERB' && !/\s/.test(f.text)) continue;
      let clauseStart = clauses.clauseStart(f.at);
      // "Russia said Islamic State fighters attacked": after a verb of saying, the reported clause has its own subject.
      const said = clauses.lastSpeech(clauseStart, f.at);
      if (said !== null && clauses.actorWithin(said, f.at)) clauseStart = said;
      // The subject: the first actor of the clause, outside any ", which ..." aside; else the nearest before.
      const agentMention = clauses.firstAgent(clauseStart, f.at) ?? clauses.lastActorBefore(f.at);
      const tail = doc.folded.slice(f.end, Math.min(s.end, f.end + REACH));
      const cut = CLAUSE_END.exec(tail);
      const limit = f.end + (cut ? cut.index : tail.length);
      const objects: Mention[] = [];
      for (let k = firstWhere(ms, (m) => m.start >= f.end); k < ms.length && ms[k]!.start < limit; k++) if (ms[k] !== agentMention) objects.push(ms[k]!);
      out.push({
        sentence: s.index,
        verb: f.verb,
        trigger: doc.text.slice(f.at, f.end),
        start: f.at,
        end: f.end,
        agent: agentMention ? actorOf(agentMention) : null,
        objects,
        modality: modalityOf(doc, tokens, s.start, f.at, f.end, f.text),
      });
    }
  }
  return out;
}
