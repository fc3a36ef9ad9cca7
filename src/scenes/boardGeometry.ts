import type { Scenario } from '../rules';
import type { BoardZoom } from './boardZoom';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Point = { x: number; y: number };

/** Where the board puts everything for one layout: the projection, each region's point and radius, and whether the zoomed window shows it. */
export interface BoardGeometry {
  project: (lat: number, lon: number) => Point;
  points: Point[];
  radius: number;
  radii: number[];
  /** The region lies inside the board's window (always, at 1×). */
  shown: boolean[];
}

/**
 * The regions placed by their real latitude and longitude on the whole map
 * (at 1×, fitted to the board), nudged apart where the coordinates put two on
 * top of each other, then seen through the zoom's window (src/scenes/boardZoom.ts).
 */
export function layBoard(rect: Rect, scenario: Scenario, u: number, zoom: BoardZoom): BoardGeometry {
  const lats = scenario.regions.map((r) => r.lat);
  const lons = scenario.regions.map((r) => r.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const xs = lons.map((l) => l * k);
  const ys = lats.map((l) => -l);
  // A small board (the compact table) keeps most of itself for the map.
  const pad = Math.min(56 * u, Math.min(rect.w, rect.h) * 0.12);
  const spanX = Math.max(0.2, Math.max(...xs) - Math.min(...xs));
  const spanY = Math.max(0.2, Math.max(...ys) - Math.min(...ys));
  // True proportions where the window allows; otherwise stretch one axis by up to 1.6 to use the space.
  const fitX = (rect.w - 2 * pad) / spanX;
  const fitY = (rect.h - 2 * pad) / spanY;
  const scaleX = Math.min(fitX, fitY * 1.6);
  const scaleY = Math.min(fitY, fitX * 1.6);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const whole = (lat: number, lon: number): Point => ({ x: rect.x + rect.w / 2 + (lon * k - cx) * scaleX, y: rect.y + rect.h / 2 + (-lat - cy) * scaleY });
  const radius = Math.max(12 * u, Math.min(20 * u, Math.min(rect.w, rect.h) / 34));
  const radii = scenario.regions.map((r) => radius * (r.kind === 'city' ? 1.15 : r.kind === 'valley' || r.kind === 'desert' ? 0.95 : 1));
  const spread = relax(scenario.regions.map((r) => whole(r.lat, r.lon)), rect, radius);
  zoom.fit(rect);
  const points = spread.map((p) => zoom.view(p));
  const shown = points.map((p, i) => p.x >= rect.x + radii[i]! && p.x <= rect.x + rect.w - radii[i]! && p.y >= rect.y + radii[i]! && p.y <= rect.y + rect.h - radii[i]!);
  return { project: (lat, lon) => zoom.view(whole(lat, lon)), points, radius, radii, shown };
}

/** Nudge apart regions that the real coordinates put on top of each other (Abu Kamal and al-Qaim), on the whole map, and keep them on it. */
function relax(pts: Point[], rect: Rect, radius: number): Point[] {
  const min = radius * 3;
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= min) continue;
        const push = (min - d) / 2 + 0.5;
        const ux = d > 0.01 ? dx / d : 1;
        const uy = d > 0.01 ? dy / d : 0;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const m = radius * 2;
  for (const p of pts) {
    p.x = Math.max(rect.x + m, Math.min(rect.x + rect.w - m, p.x));
    p.y = Math.max(rect.y + m, Math.min(rect.y + rect.h - m, p.y));
  }
  return pts;
}
