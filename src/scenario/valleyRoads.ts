/**
 * Every hunter has its own road into the valley. The rules keep each hunter
 * out of the other's objective and bases (docs/RULES.md §1.5); on a map where
 * that ground is the only door to part of the valley, one hunter's army has
 * nothing to fight for once the ground in front of it falls, and the front
 * freezes (docs/BALANCE.md, *Why games stall*). So, after the map is drawn,
 * for each hunter with a base on the map: while some valley town (other than
 * the other hunter's objective or bases) cannot be reached from its bases
 * without crossing the other's closed ground, a road is added from the
 * hunter's base nearest to such a town (great-circle distance; ties by id)
 * to that town. The road is marked `default`: the compiler's addition, not
 * the document's.
 *
 * On the seed document this is one road, Al-Shaddadi to Mayadin: the SDF's
 * way down the Khabur to the Euphrates' east bank in September 2017
 * (Operation Jazira Storm), which the Coalition could not otherwise take,
 * since Deir el-Zour, the Regime's objective, bars the river road.
 */
import type { LinkDef, Objectives, RegionDef, Side, SideDef } from '../rules/scenario';
import { linkGraph, stepsFromPlaces } from './reach';

const HUNTERS: readonly { side: Side; ally: Side; allyObjective: keyof Objectives }[] = [
  { side: 'coalition', ally: 'regime', allyObjective: 'hold' },
  { side: 'regime', ally: 'coalition', allyObjective: 'capture' },
];

/** Great-circle distance in whole kilometres. */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))));
}

/**
 * The roads to add so that each hunter reaches every valley town open to it
 * from its own bases (in the order added; none when it already does).
 */
export function valleyRoads(regions: readonly RegionDef[], links: readonly LinkDef[], sides: readonly SideDef[], objectives: Objectives): LinkDef[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const added: LinkDef[] = [];
  for (const { side, ally, allyObjective } of HUNTERS) {
    const bases = (sides.find((s) => s.side === side)?.bases ?? []).filter((id) => byId.has(id));
    const closed = new Set([objectives[allyObjective], ...(sides.find((s) => s.side === ally)?.bases ?? [])]);
    const own = bases.filter((id) => !closed.has(id));
    if (own.length === 0) continue;
    // Each road opens at least one town, so this ends within one road per valley town.
    for (let k = 0; k < regions.length; k++) {
      const reach = stepsFromPlaces(linkGraph(regions.map((r) => r.id), [...links, ...added]), own, (id) => closed.has(id));
      const shut = regions.filter((r) => r.valley && !closed.has(r.id) && !reach.has(r.id));
      if (shut.length === 0) break;
      let best: { base: string; town: string; km: number } | null = null;
      for (const base of own) {
        for (const town of shut) {
          const km = greatCircleKm(byId.get(base)!, town);
          const better = !best || km < best.km || (km === best.km && (base < best.base || (base === best.base && town.id < best.town)));
          if (better) best = { base, town: town.id, km };
        }
      }
      added.push({ a: best!.base, b: best!.town, kind: 'road', km: best!.km, origin: 'default', source: null });
    }
  }
  return added;
}
