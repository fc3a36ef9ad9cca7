/**
 * Routes over the gazetteer's road and river links: shortest paths, used to
 * connect the document's places and to check stated distances.
 */
import { isMinor, type LINKS, neighbours, placeById } from './gazetteer';

export interface Route {
  ids: string[];
  km: number;
}

/**
 * Dijkstra from a set of sources to the nearest of a set of targets, never
 * through an avoided or `barred` place (asked only of places the search
 * reaches). Ties are broken by id so the result never depends on iteration order.
 */
export function nearestRoute(
  sources: Iterable<string>,
  targets: ReadonlySet<string>,
  avoid: ReadonlySet<string> = new Set(),
  barred: (id: string) => boolean = () => false,
): Route | null {
  const dist = new Map<string, number>();
  const prev = new Map<string, string | null>();
  const open = new Set<string>();
  for (const s of sources) {
    dist.set(s, 0);
    prev.set(s, null);
    open.add(s);
  }
  const done = new Set<string>();
  while (open.size > 0) {
    let here: string | null = null;
    let best = Infinity;
    for (const id of open) {
      const d = dist.get(id) ?? Infinity;
      if (d < best || (d === best && here !== null && id < here)) {
        best = d;
        here = id;
      }
    }
    if (here === null) break;
    open.delete(here);
    done.add(here);
    if (targets.has(here)) {
      const ids: string[] = [];
      for (let at: string | null = here; at !== null; at = prev.get(at) ?? null) ids.unshift(at);
      return { ids, km: best };
    }
    for (const n of neighbours(here)) {
      // A minor place (a village from the GeoNames extract) is an end of a route, never a way through.
      if (done.has(n.id) || ((avoid.has(n.id) || isMinor(placeById(n.id)) || barred(n.id)) && !targets.has(n.id))) continue;
      const d = best + n.km;
      const old = dist.get(n.id);
      if (old === undefined || d < old || (d === old && here < (prev.get(n.id) ?? ''))) {
        dist.set(n.id, d);
        prev.set(n.id, here);
        open.add(n.id);
      }
    }
  }
  return null;
}

export function shortestPath(from: string, to: string): Route | null {
  return nearestRoute([from], new Set([to]));
}

export function linkBetween(a: string, b: string): (typeof LINKS)[number] | undefined {
  return neighbours(a).find((n) => n.id === b)?.link;
}
