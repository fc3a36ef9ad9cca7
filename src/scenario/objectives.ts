/**
 * Objectives. The Coalition's capture target is the place of the operation
 * the document is about (the noose closes around it); the Regime's hold
 * target is the place the regime's actors are named with most ("commanders in
 * Damascus, Tehran and Moscow are setting their sights on ... Deir el-Zour").
 */
import type { Side } from '../rules/scenario';
import { mentionsIn, type Doc } from './document';
import { sidesIn } from './extract/actors';
import type { OperationMention, StartDate } from './extract/date';
import type { PlaceMention } from './extract/places';
import { placeById } from './gazetteer';

export interface ObjectiveChoice {
  capture: string;
  hold: string;
  /** Sentences that set each objective, when the document does. */
  captureSentence: number | null;
  holdSentence: number | null;
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

export function chooseObjectives(
  doc: Doc,
  places: readonly PlaceMention[],
  ops: readonly OperationMention[],
  start: StartDate,
  heldAtStart: (id: string) => Side | null,
  fleeFrom: readonly string[],
): ObjectiveChoice | null {
  const named = new Set(places.map((p) => p.id));
  const notCoalition = (id: string): boolean => named.has(id) && heldAtStart(id) !== 'coalition';
  let capture: string | null = null;
  let captureSentence: number | null = null;
  const dating = start.operation && ops.find((o) => o.operation.id === start.operation?.id);
  const candidates = [...(dating ? [dating] : []), ...ops.filter((o) => o.operation.side === 'coalition'), ...ops];
  for (const o of candidates) {
    if (notCoalition(o.operation.place)) {
      capture = o.operation.place;
      captureSentence = o.sentence;
      break;
    }
  }
  if (!capture) {
    const origin = fleeFrom.find((id) => named.has(id));
    const isHeld = places.find((p) => heldAtStart(p.id) === 'islamicState');
    const pick = origin ?? isHeld?.id ?? places.find((p) => notCoalition(p.id))?.id ?? places[0]?.id;
    if (!pick) return null;
    capture = pick;
  }
  // The Regime's objective is a place it races for: named with its actors, a valley town, a city, not already the Coalition's.
  const regimeNamed = coMentions(doc, places, 'regime');
  let hold: string | null = null;
  let holdSentence: number | null = null;
  let top = -1;
  for (const p of places) {
    if (p.id === capture || heldAtStart(p.id) === 'coalition') continue;
    const place = placeById(p.id);
    const op = ops.find((o) => o.operation.side === 'regime' && o.operation.place === p.id);
    const named = regimeNamed.get(p.id);
    const score = (named?.count ?? 0) * 2 + (op ? 2 : 0) + (place?.valley ? 2 : 0) + (place?.redoubt ? 1 : 0) + (place?.kind === 'city' ? 1 : 0);
    if (score > top) {
      top = score;
      hold = p.id;
      holdSentence = named?.sentence ?? op?.sentence ?? null;
    }
  }
  if (!hold) hold = places.find((p) => p.id !== capture)?.id ?? null;
  if (!hold) return null;
  return { capture, hold, captureSentence, holdSentence };
}
