/**
 * Regions with their starting forces: control from the knowledge base's map
 * of the start date, overridden by what the document says is held; strength
 * and forts from the defaults by role (capture target, redoubt, base, kind).
 */
import type { RegionDef, Side } from '../rules/scenario';
import { BASE, CAPTURE_TARGET, GARRISON, REDOUBT, SIDE_DEFAULTS } from './defaults';
import { provenance, type Doc } from './document';
import type { ControlStatement } from './extract/control';
import { heldOn, placeById } from './gazetteer';
import type { MapBuilder } from './map';

export interface ForceInput {
  doc: Doc;
  map: MapBuilder;
  startDate: string;
  capture: string;
  control: readonly ControlStatement[];
  /** Redoubts the document or the flight names, with the sentence (null for the knowledge base). */
  redoubts: ReadonlyMap<string, number | null>;
}

export function controlAt(id: string, startDate: string, statements: readonly ControlStatement[]): Side | null {
  const stated = statements.find((c) => c.place === id);
  if (stated) return stated.side;
  const place = placeById(id);
  return place ? heldOn(place, startDate) : null;
}

export function buildRegions(input: ForceInput): RegionDef[] {
  const { doc, map, startDate, capture, control, redoubts } = input;
  const out: RegionDef[] = [];
  for (const entry of map.entries.values()) {
    const place = placeById(entry.id);
    if (!place) continue;
    const side = controlAt(entry.id, startDate, control);
    const redoubt = entry.id !== capture && (place.redoubt || redoubts.has(entry.id));
    let strength = 0;
    let fort = 0;
    if (side !== null) {
      strength = GARRISON[place.kind];
      if (side === 'islamicState' && entry.id === capture) ({ strength, fort } = CAPTURE_TARGET);
      else if (side === 'islamicState' && redoubt) ({ strength, fort } = REDOUBT);
      else if (SIDE_DEFAULTS[side].bases.includes(entry.id)) ({ strength, fort } = BASE);
    }
    out.push({
      id: entry.id,
      name: entry.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      valley: place.valley,
      redoubt,
      control: side,
      strength,
      fort,
      origin: entry.origin,
      source: entry.sentence === null ? null : provenance(doc, entry.sentence, entry.id),
    });
  }
  return out;
}
