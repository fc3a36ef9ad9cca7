import MAP from './data/map-theater.json';
import type { Rect } from './board';

/**
 * Rivers of the map as (lat, lon) polylines, from the Natural Earth and
 * GeoNames extract (src/scenes/data/map-theater.json, scripts/map-extract.mjs):
 * one entry per line, several for a river Natural Earth cuts into pieces.
 */
export const RIVERS: { name: string; points: readonly (readonly number[])[] }[] = MAP.rivers.flatMap((r) => r.lines.map((points) => ({ name: r.name, points })));

/** The part of a segment inside a rectangle (Liang–Barsky), or null: rivers stop at the map's edge. */
export function clip(a: { x: number; y: number }, b: { x: number; y: number }, r: Rect): [{ x: number; y: number }, { x: number; y: number }] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, a.x - r.x], [dx, r.x + r.w - a.x], [-dy, a.y - r.y], [dy, r.y + r.h - a.y]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [{ x: a.x + t0 * dx, y: a.y + t0 * dy }, { x: a.x + t1 * dx, y: a.y + t1 * dy }];
}
