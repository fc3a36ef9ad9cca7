/**
 * Can each hunter get at its objective? The rules close an ally's ground,
 * bases and objective to the other (§1.5), so on a thin document's map the
 * Regime's objective can sit across the Coalition's only road, or the
 * Regime's every road can run through the Coalition's towns: a side with no
 * move that matters, and an Islamic State that wins by waiting.
 */
import type { Side } from '../rules/scenario';
import { SIDE_DEFAULTS } from './defaults';
import { isMinor, placeById } from './gazetteer';

export type Hunter = 'coalition' | 'regime';

export interface Objectives {
  capture: string;
  hold: string;
}

/** The map as reach needs it: its places and which of them a link joins. */
export interface MapGraph {
  has(id: string): boolean;
  ids(): string[];
  adjacent(id: string): string[];
}

export const allyOf = (side: Hunter): Hunter => (side === 'coalition' ? 'regime' : 'coalition');
export const objectiveOf = (side: Hunter, o: Objectives): string => (side === 'coalition' ? o.capture : o.hold);

/** Places `side` may not end a move on, bar its own objective: its ally's ground, listed bases and objective. */
export function barredFor(side: Hunter, o: Objectives, holder: (id: string) => Side | null): (id: string) => boolean {
  const ally = allyOf(side);
  const objective = objectiveOf(side, o);
  const allyObjective = objectiveOf(ally, o);
  // Every base the ally lists is closed, whoever holds it, as the rules close it.
  const allyBases = new Set(SIDE_DEFAULTS[ally].bases);
  return (id) => id !== objective && (holder(id) === ally || id === allyObjective || allyBases.has(id));
}

/** Steps from `side`'s ground to each place on the map it can reach. */
export function stepsFrom(map: MapGraph, side: Hunter, barred: (id: string) => boolean, holder: (id: string) => Side | null): Map<string, number> {
  return stepsFromPlaces(map, map.ids().filter((id) => holder(id) === side), barred);
}

/** Steps from the nearest of `starts` to each place on the map reached without entering a barred one (a barred start reaches nothing): the one search both road rules use (this one and valleyRoads.ts). */
export function stepsFromPlaces(map: MapGraph, starts: readonly string[], barred: (id: string) => boolean): Map<string, number> {
  const steps = new Map<string, number>();
  const queue: string[] = [];
  for (const id of starts) {
    if (steps.has(id)) continue;
    steps.set(id, 0);
    queue.push(id);
  }
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i]!;
    for (const next of map.adjacent(here)) {
      if (steps.has(next) || barred(next)) continue;
      steps.set(next, steps.get(here)! + 1);
      queue.push(next);
    }
  }
  return steps;
}

/** A map read from a scenario's links: what the road rules search. */
export function linkGraph(ids: readonly string[], links: readonly { a: string; b: string }[]): MapGraph {
  const around = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const l of links) {
    around.get(l.a)?.push(l.b);
    around.get(l.b)?.push(l.a);
  }
  return { has: (id) => around.has(id), ids: () => [...ids], adjacent: (id) => around.get(id) ?? [] };
}

export function reaches(map: MapGraph, side: Hunter, o: Objectives, holder: (id: string) => Side | null): boolean {
  return stepsFrom(map, side, barredFor(side, o, holder), holder).has(objectiveOf(side, o));
}

/**
 * The place the Regime races for instead of `o.hold` (asked by the compiler
 * when a hunter cannot get at its objective on the built map): one the Regime
 * reaches and neither hunter holds, that leaves the Coalition its road to the
 * capture; the nearest wins, then a valley town, then by id. Null when no place does.
 */
export function reachableHold(map: MapGraph, o: Objectives, holder: (id: string) => Side | null): string | null {
  let pick: { id: string; steps: number; valley: boolean } | null = null;
  for (const id of map.ids()) {
    const h = holder(id);
    if (id === o.capture || h === 'coalition' || h === 'regime' || isMinor(placeById(id))) continue;
    const trial = { capture: o.capture, hold: id };
    const steps = stepsFrom(map, 'regime', barredFor('regime', trial, holder), holder).get(id);
    if (steps === undefined || !reaches(map, 'coalition', trial, holder)) continue;
    const valley = placeById(id)?.valley === true;
    if (!pick || steps < pick.steps || (steps === pick.steps && valley && !pick.valley) || (steps === pick.steps && valley === pick.valley && id < pick.id)) pick = { id, steps, valley };
  }
  return pick?.id ?? null;
}
