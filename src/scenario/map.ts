/**
 * The map: the document's places, the towns of the areas it names, the roads
 * and river stretches that join them (with the places on the way, marked as
 * added from the gazetteer), the ring around the capture target for the
 * noose, a base for each side, and only the connectors play needs: a refuge
 * for the leaders beyond the noose and room for each side to move. A thin
 * document makes a small map, mostly of its own places.
 */
import { SIDES, SIDE_NAMES, type Side } from '../rules/scenario';
import { REFUGES_BEYOND_NOOSE, SIDE_DEFAULTS } from './defaults';
import { ALL_LINKS, AREAS, PLACES, heldOn, isMinor, neighbours, placeById, type GazetteerLink } from './gazetteer';
import { barredFor, objectiveOf, stepsFrom, type Hunter, type Objectives } from './reach';
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
  /** Who holds a place at the start (the document's word, else the gazetteer's); the gazetteer's by default. */
  holder?: (id: string) => Side | null;
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

  /** The places on the map a link joins to `id`. */
  adjacent(id: string): string[] {
    return neighbours(id)
      .filter((n) => this.has(n.id))
      .map((n) => n.id);
  }

  /**
   * The shortest link out of the map from one of `from`, to a place that is not
   * avoided, not a minor village and passes `fits`; the nearer wins, ties by id.
   */
  private nearestOut(from: Iterable<string>, avoid: ReadonlySet<string>, fits: (id: string) => boolean): string | null {
    let pick: { id: string; km: number } | null = null;
    for (const id of from) {
      for (const n of neighbours(id)) {
        if (this.has(n.id) || avoid.has(n.id) || isMinor(placeById(n.id)) || !fits(n.id)) continue;
        if (!pick || n.km < pick.km || (n.km === pick.km && n.id < pick.id)) pick = { id: n.id, km: n.km };
      }
    }
    return pick?.id ?? null;
  }

  /**
   * Somewhere for the leaders to flee beyond the noose: while fewer than
   * `REFUGES_BEYOND_NOOSE` regions outside the noose (the capture target and
   * its exits) that the group holds are a step from an exit, the shortest link
   * out of an exit to a group-held place is added (or, with none, to a place no
   * hunter holds; with none either, the road from an exit to the group's nearest
   * place, once). Without one, a leader who slips through an exit has nowhere
   * to go but hunter ground, and the hidden flight is no game.
   */
  ensureRefuge(capture: string, holder: (id: string) => Side | null, avoid: ReadonlySet<string>): void {
    const name = placeById(capture)?.name ?? capture;
    for (;;) {
      const exits = this.adjacent(capture);
      const noose = new Set([capture, ...exits]);
      const refuges = new Set<string>();
      for (const e of exits) for (const id of this.adjacent(e)) if (!noose.has(id) && holder(id) === 'islamicState') refuges.add(id);
      if (refuges.size >= REFUGES_BEYOND_NOOSE) return;
      const pick =
        this.nearestOut(exits, avoid, (id) => id !== capture && holder(id) === 'islamicState') ??
        this.nearestOut(exits, avoid, (id) => id !== capture && holder(id) === null);
      const reason = `somewhere for the leaders to flee beyond the noose of ${name}`;
      if (pick) {
        this.add(pick, 'gazetteer', null, reason);
        continue;
      }
      // Nothing of the group's a step past an exit: the road from an exit to its nearest place, once.
      const targets = new Set(PLACES.filter((p) => !this.has(p.id) && !avoid.has(p.id) && holder(p.id) === 'islamicState').map((p) => p.id));
      const route = nearestRoute(exits, targets, avoid);
      if (route) for (const id of route.ids) this.add(id, 'gazetteer', null, reason);
      return;
    }
  }

  /**
   * A way for each hunter to its objective: a hunter whose regions on the map
   * reach its objective only through its ally's ground, bases or objective
   * (§1.5: no move ends there) gets the gazetteer's shortest road there that
   * avoids them (reach.ts).
   */
  ensureReach(side: Hunter, objectives: Objectives, holder: (id: string) => Side | null, avoid: ReadonlySet<string>): void {
    const objective = objectiveOf(side, objectives);
    const barred = barredFor(side, objectives, holder);
    const steps = stepsFrom(this, side, barred, holder);
    if (steps.size === 0 || steps.has(objective)) return;
    const route = nearestRoute(steps.keys(), new Set([objective]), avoid, barred);
    if (!route) return;
    const name = placeById(objective)?.name ?? objective;
    for (const id of route.ids) this.add(id, 'gazetteer', null, `the ${SIDE_NAMES[side]}'s road to ${name} around its ally's ground`);
  }

  /**
   * Somewhere for each side to move: a side holding ground on the map whose
   * regions touch nothing but each other's ally (§1.5: no move or attack into
   * it) gets the shortest link out of its regions to a place the ally does not
   * hold.
   */
  ensureMoves(holder: (id: string) => Side | null, avoid: ReadonlySet<string>): void {
    for (const side of SIDES) {
      const own = this.ids().filter((id) => holder(id) === side);
      if (own.length === 0) continue;
      const ally = side === 'coalition' ? 'regime' : side === 'regime' ? 'coalition' : null;
      const free = (id: string) => ally === null || holder(id) !== ally;
      if (own.some((id) => this.adjacent(id).some(free))) continue;
      const pick = this.nearestOut(own, avoid, free);
      if (pick) this.add(pick, 'gazetteer', null, `somewhere for the ${SIDE_NAMES[side]} to move`);
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
  // Only as many connectors more as play needs: a refuge beyond the noose, and room for each side to move.
  const avoid = input.avoid ?? new Set<string>();
  const holder =
    input.holder ??
    ((id: string) => {
      const p = placeById(id);
      return p ? heldOn(p, input.startDate) : null;
    });
  map.ensureRefuge(input.capture, holder, avoid);
  const objectives = { capture: input.capture, hold: input.hold };
  for (const side of ['coalition', 'regime'] as const) map.ensureReach(side, objectives, holder, avoid);
  map.ensureMoves(holder, avoid);
  map.connect();
  return map;
}
