import type { Rect } from './board';

/**
 * Rivers of the map, as (lat, lon) polylines traced by hand from public
 * coordinates of the towns along them. Drawn under the regions; not rules.
 */
export const RIVERS: { name: string; points: readonly (readonly [number, number])[] }[] = [
  {
    name: 'Euphrates',
    points: [
      [36.82, 38.01], [36.55, 38.15], [36.25, 38.2], [36.05, 38.1], [35.93, 38.35], [35.87, 38.57], [35.85, 38.8],
      [35.95, 39.01], [35.88, 39.3], [35.75, 39.62], [35.6, 39.85], [35.34, 40.14], [35.15, 40.4], [35.02, 40.45],
      [34.78, 40.72], [34.45, 40.92], [34.37, 41.1], [34.25, 41.55], [34.13, 42.37], [33.8, 42.55], [33.42, 43.3],
    ],
  },
  {
    name: 'Khabur',
    points: [[36.85, 40.07], [36.5, 40.75], [36.06, 40.73], [35.6, 40.6], [35.16, 40.43]],
  },
  {
    name: 'Tigris',
    points: [[37.1, 42.4], [36.34, 43.13], [35.6, 43.3], [34.6, 43.68], [33.34, 44.4]],
  },
];

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
