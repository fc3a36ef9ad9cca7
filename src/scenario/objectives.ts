/**
 * Objectives. The Coalition's capture target is the place of the operation
 * the document is about (the noose closes around it); the Regime's hold
 * target is the place the regime's actors are named with most ("commanders in
 * Damascus, Tehran and Moscow are setting their sights on ... Deir el-Zour").
 */
import type { Side } from '../rules/scenario';
import type { Doc } from './document';
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
    for (const m of doc.mentions) {
      if (m.sentence !== s.index || m.target.kind !== 'place' || !ids.has(m.target.id) || seen.has(m.target.id)) continue;
      seen.add(m.target.id);
      const old = out.get(m.target.id);
      out.set(m.target.id, { count: (old?.count ?? 0) + 1, sentence: old?.sentence ?? s.index });
    }
  }
  return out;
}

function best(scores: Map<string, { count: number; sentence: number }>, exclude: string, prefer: (id: string) => boolean): [string, number] | null {
  let top: [string, { count: number; sentence: number }] | null = null;
  for (const entry of scores) {
    if (entry[0] === exclude) continue;
    if (!top) {
      top = entry;
      continue;
    }
    const [id, s] = entry;
    const [tid, ts] = top;
    if (s.count > ts.count || (s.count === ts.count && prefer(id) && !prefer(tid))) top = entry;
  }
  return top ? [top[0], top[1].sentence] : null;
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
  const valley = (id: string): boolean => Boolean(placeById(id)?.valley || placeById(id)?.redoubt);
  let hold: string | null = null;
  let holdSentence: number | null = null;
  const regimeOp = ops.find((o) => o.operation.side === 'regime' && o.operation.place !== capture && named.has(o.operation.place));
  if (regimeOp) {
    hold = regimeOp.operation.place;
    holdSentence = regimeOp.sentence;
  } else {
    const top = best(coMentions(doc, places, 'regime'), capture, valley);
    if (top) [hold, holdSentence] = top;
  }
  if (!hold) hold = places.find((p) => p.id !== capture && valley(p.id))?.id ?? places.find((p) => p.id !== capture)?.id ?? null;
  if (!hold) return null;
  return { capture, hold, captureSentence, holdSentence };
}
