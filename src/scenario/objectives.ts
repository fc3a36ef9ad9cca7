/**
 * Objectives follow whose operation it is. The Coalition's capture target is
 * what its own offensive targets (statements: "offensive on Raqqa", "fighting
 * inside Raqqa"), then a Coalition operation named, then where the group's
 * leaders fled; the Regime's hold target is its own offensive's target ("the
 * next phase is Deir ez-Zor"), else the place its actors are named with most.
 * Neither is a place the side already holds.
 */
import type { Side } from '../rules/scenario';
import { mentionsIn, type Doc } from './document';
import { sidesIn } from './extract/actors';
import type { OperationMention, StartDate } from './extract/date';
import type { PlaceMention } from './extract/places';
import { PLACES, heldOn, placeById } from './gazetteer';
import { nearestRoute } from './routes';
import { actorOf, sideOfActor, type Statement } from './statements';

export interface ObjectiveChoice {
  capture: string;
  hold: string;
  /** Sentences that set each objective, when the document does. */
  captureSentence: number | null;
  holdSentence: number | null;
  /** Set when an objective is the knowledge base's because the document gives that side no operation: why, for the summary. */
  captureDefault: string | null;
  holdDefault: string | null;
}

/** Which playable sides the document puts on the ground (extract/actors.ts `hasGroundForce`). */
export interface GroundForces {
  coalition: boolean;
  regime: boolean;
}

/** Places named in the same sentence as a side's actors, counted. */
function coMentions(doc: Doc, places: readonly PlaceMention[], side: Side): Map<string, { count: number; sentence: number }> {
  const ids = new Set(places.map((p) => p.id));
  const out = new Map<string, { count: number; sentence: number }>();
  for (const s of doc.sentences) {
    if (!sidesIn(doc, s.index).has(side)) continue;
    const seen = new Set<string>();
    for (const m of mentionsIn(doc, s.index)) {
      if (m.target.kind !== 'place' || !ids.has(m.target.id) || seen.has(m.target.id)) continue;
      seen.add(m.target.id);
      const old = out.get(m.target.id);
      out.set(m.target.id, { count: (old?.count ?? 0) + 1, sentence: old?.sentence ?? s.index });
    }
  }
  return out;
}

/** Places each playable side's offensives target, in the order the text gives them ("offensive on Raqqa", "fighting inside Raqqa", "the next phase is Deir ez-Zor"). */
export function offensiveTargets(doc: Doc, statements: readonly Statement[]): Record<'coalition' | 'regime', Array<{ id: string; sentence: number }>> {
  const out: Record<'coalition' | 'regime', Array<{ id: string; sentence: number }>> = { coalition: [], regime: [] };
  for (const st of statements) {
    if (st.modality === 'denied' || !(st.verb === 'offensive' || (st.verb === 'capture' && st.modality !== 'happened'))) continue;
    // No actor in the clause: the side of the actors of this sentence, or of the one before ("That next phase is Deir ez-Zor").
    let side = sideOfActor(st.agent);
    if (side !== 'coalition' && side !== 'regime') side = [st.sentence, st.sentence - 1].flatMap((n) => (n >= 0 ? mentionsIn(doc, n) : [])).map((m) => sideOfActor(actorOf(m))).find((x) => x === 'coalition' || x === 'regime');
    if (side !== 'coalition' && side !== 'regime') continue;
    const place = st.objects.find((m) => m.target.kind === 'place');
    if (place && place.target.kind === 'place') out[side].push({ id: place.target.id, sentence: st.sentence });
  }
  return out;
}

export function chooseObjectives(
  doc: Doc,
  places: readonly PlaceMention[],
  ops: readonly OperationMention[],
  start: StartDate,
  heldAtStart: (id: string) => Side | null,
  flight: { origins: readonly string[]; destinations: readonly string[] },
  statements: readonly Statement[] = [],
  ground: GroundForces = { coalition: true, regime: true },
): ObjectiveChoice | null {
  const named = new Set(places.map((p) => p.id));
  const notCoalition = (id: string): boolean => named.has(id) && heldAtStart(id) !== 'coalition';
  const targets = offensiveTargets(doc, statements);
  let capture: string | null = null;
  let captureSentence: number | null = null;
  // The Coalition's objective is what its own offensive targets; a Regime offensive's target is the Regime's.
  const own = targets.coalition.find((t) => named.has(t.id) && heldAtStart(t.id) !== 'coalition');
  if (own && ground.coalition) ({ id: capture, sentence: captureSentence } = own);
  const dating = start.operation && ops.find((o) => o.operation.id === start.operation?.id);
  // With no Coalition force on the ground, no operation of its own is read from the text: its objective is left to the default below.
  const candidates = ground.coalition ? [...(dating && dating.operation.side === 'coalition' ? [dating] : []), ...ops.filter((o) => o.operation.side === 'coalition')] : [];
  for (const o of candidates) {
    if (capture) break;
    if (notCoalition(o.operation.place) && !targets.regime.some((t) => t.id === o.operation.place)) {
      capture = o.operation.place;
      captureSentence = o.sentence;
    }
  }
  const regimeTarget = targets.regime.find((t) => named.has(t.id) && heldAtStart(t.id) !== 'regime' && t.id !== capture);
  if (!capture && ground.coalition) {
    // Where the group's leaders fled to and it still holds, then what they fled, then any place it holds.
    const isHeld = (id: string): boolean => named.has(id) && heldAtStart(id) === 'islamicState' && id !== regimeTarget?.id;
    const pick = flight.destinations.find(isHeld) ?? flight.origins.find(isHeld) ?? places.find((p) => isHeld(p.id))?.id ?? places.find((p) => notCoalition(p.id) && p.id !== regimeTarget?.id)?.id;
    if (pick) capture = pick;
  }
  // The Regime's objective is a place it races for: its offensive's target, else named with its actors, a valley town, a city.
  const regimeNamed = coMentions(doc, places, 'regime');
  let hold: string | null = null;
  let holdSentence: number | null = null;
  if (regimeTarget) ({ id: hold, sentence: holdSentence } = regimeTarget);
  let top = -1;
  for (const p of places) {
    if (hold) break;
    // Never a place the Regime already holds at the start (nothing to race for), nor one the Coalition holds.
    if (p.id === capture || heldAtStart(p.id) === 'coalition' || heldAtStart(p.id) === 'regime') continue;
    const place = placeById(p.id);
    const op = ops.find((o) => o.operation.side === 'regime' && o.operation.place === p.id);
    const n = regimeNamed.get(p.id);
    const score = (n?.count ?? 0) * 2 + (op ? 2 : 0) + (place?.valley ? 2 : 0) + (place?.redoubt ? 1 : 0) + (place?.kind === 'city' ? 1 : 0);
    if (score > top) {
      top = score;
      hold = p.id;
      holdSentence = n?.sentence ?? op?.sentence ?? null;
    }
  }
  if (!hold) hold = places.find((p) => p.id !== capture && heldAtStart(p.id) !== 'regime')?.id ?? null;
  // A one-place document: the other objective is the nearest place the group holds (a default, with no sentence).
  const nearestHeld = (from: string | null): string | null => {
    if (!from) return null;
    const route = nearestRoute([from], new Set(PLACES.filter((p) => p.id !== from && heldOn(p, start.date) === 'islamicState').map((p) => p.id)));
    return route?.ids[route.ids.length - 1] ?? null;
  };
  let captureDefault: string | null = null;
  if (!capture) {
    capture = nearestHeld(hold ?? places.find((p) => p.id !== capture)?.id ?? null);
    captureSentence = null;
    if (!ground.coalition) captureDefault = 'the document puts no Coalition force on the ground (air power and words only), so no operation of its own sets an objective: the knowledge base\'s default, the group-held place nearest the Regime\'s';
  }
  // Every place named is the Regime's own already: the group-held place nearest the capture, then (last) any other place named.
  if (!hold) hold = nearestHeld(capture) ?? places.find((p) => p.id !== capture)?.id ?? null;
  if (!capture || !hold || capture === hold) return null;
  const holdDefault = ground.regime ? null : 'the document puts no Regime force on the ground, so no operation of its own sets an objective: the knowledge base\'s default';
  return { capture, hold, captureSentence, holdSentence, captureDefault, holdDefault };
}
