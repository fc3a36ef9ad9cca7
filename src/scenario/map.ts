/**
 * The map: the document's places, the towns of the areas it names, the roads
 * and river stretches that join them (with the places on the way, marked as
 * added from the gazetteer), the ring around the capture target for the
 * noose, a base for each side, and, for a thin document, the nearest
 * neighbours until the board is big enough to manoeuvre on.
 */
import { SIDE_NAMES, type Side } from '../rules/scenario';
import { SIDE_DEFAULTS, MIN_REGIONS } from './defaults';
import { ALL_LINKS, AREAS, heldOn, isMinor, neighbours, placeById, type GazetteerLink } from './gazetteer';
import { nearestRoute } from './routes';

export interface MapEntry {
  id: string;
  /** The document's spelling, or the gazetteer's name. */
  name: string;
  origin: 'document' | 'gazetteer' | 'default';
  /** The sentence that brought the place in (its mention, or the area's), or null. */
  sentence: number | null;
  /** Why the compiler added it, for the summary. */
  reason: string;
}

export interface MapInput {
  places: ReadonlyArray<{ id: string; name: string; sentence: number }>;
  areas: ReadonlyArray<{ id: string; sentence: number }>;
  capture: string;
  hold: string;
  startDate: string;
  /** Places the document names only as context: no base there, no route through them. */
  avoid?: ReadonlySet<string>;
}

export class MapBuilder {
  readonly entries = new Map<string, MapEntry>();

  add(id: string, origin: MapEntry['origin'], sentence: number | null, reason: string, name?: string): void {
    if (this.entries.has(id)) return;
    const place = placeById(id);
    if (!place) return;
    this.entries.set(id, { id, name: name ?? place.name, origin, sentence, reason });
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** Adds a route's inner places, so its ends are joined. */
  addRoute(route: readonly string[], reason: string): void {
    for (const id of route) this.add(id, 'gazetteer', null, reason);
  }

  /** Joins every place into one graph, growing from the first. */
  connect(): void {
    const first = this.ids()[0];
    if (!first) return;
    const core = new Set<string>([first]);
    for (;;) {
      // Everything already adjacent to the core joins it at no cost.
      let grew = true;
      while (grew) {
        grew = false;
        for (const id of core) {
          for (const n of neighbours(id)) {
            if (this.has(n.id) && !core.has(n.id)) {
              core.add(n.id);
              grew = true;
            }
          }
        }
      }
      const rest = new Set(this.ids().filter((id) => !core.has(id)));
      if (rest.size === 0) return;
      const route = nearestRoute(core, rest);
      if (!route) return;
      this.addRoute(route.ids, 'joins the named places');
      for (const id of route.ids) core.add(id);
    }
  }

  /**
   * A side's staging base toward an objective: the nearest of its
   * knowledge-base bases it holds at the start, with the road there, so each
   * side can race for each objective from somewhere real.
   */
  ensureBase(side: Side, startDate: string, objective: string, avoid: ReadonlySet<string> = new Set()): string | null {
    const held = SIDE_DEFAULTS[side].bases.filter((id) => {
      const p = placeById(id);
      return p && !avoid.has(id) && heldOn(p, startDate) === side;
    });
    if (held.length === 0) return null;
    const route = nearestRoute([objective], new Set(held), avoid);
    if (!route) return null;
    const base = route.ids[route.ids.length - 1] ?? null;
    const toward = placeById(objective)?.name ?? objective;
    for (const id of route.ids) this.add(id, id === base ? 'default' : 'gazetteer', null, id === base ? `${SIDE_NAMES[side]} base toward ${toward}` : `road from the ${SIDE_NAMES[side]} base to ${toward}`);
    return base;
  }

  /** Grows a thin map by the shortest link out of it, until it has `min` regions. */
  pad(min: number = MIN_REGIONS, avoid: ReadonlySet<string> = new Set()): void {
    while (this.entries.size < min) {
      let pick: { id: string; km: number } | null = null;
      for (const id of this.ids()) {
        for (const n of neighbours(id)) {
          if (this.has(n.id) || avoid.has(n.id) || isMinor(placeById(n.id))) continue;
          if (!pick || n.km < pick.km || (n.km === pick.km && n.id < pick.id)) pick = { id: n.id, km: n.km };
        }
      }
      if (!pick) return;
      this.add(pick.id, 'gazetteer', null, 'room to manoeuvre');
    }
  }

  links(): GazetteerLink[] {
    return ALL_LINKS.filter((l) => this.has(l.a) && this.has(l.b));
  }
}

export function buildMap(input: MapInput): MapBuilder {
  const map = new MapBuilder();
  for (const p of input.places) map.add(p.id, 'document', p.sentence, 'named in the document', p.name);
  for (const a of input.areas) {
    const area = AREAS.find((x) => x.id === a.id);
    for (const id of area?.members ?? []) map.add(id, 'gazetteer', a.sentence, `a town of the ${area?.name}`);
  }
  map.connect();
  // The noose: every exit from the capture target is a region the Coalition can take.
  for (const n of neighbours(input.capture)) if (!isMinor(placeById(n.id)) && !input.avoid?.has(n.id)) map.add(n.id, 'gazetteer', null, `an exit from ${placeById(input.capture)?.name}`);
  for (const side of ['coalition', 'regime'] as const) {
    for (const objective of [input.capture, input.hold]) map.ensureBase(side, input.startDate, objective, input.avoid);
  }
  map.pad(undefined, input.avoid);
  map.connect();
  return map;
}
