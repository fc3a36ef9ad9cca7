/*
 * Region names placed so that no two overlap and none covers a region: each
 * name tries, in turn, below its region, above, right, left and the four
 * diagonals, and takes the first place clear of the regions, the names
 * already placed and the map's edge (greedy placement, most important names
 * first). With no clear place it takes the one that overlaps least.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How deep a circle reaches into a box (0: apart). */
function intrusion(c: Circle, b: Box): number {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
  const d = Math.hypot(c.x - nx, c.y - ny);
  return d < c.r ? (c.r - d) * Math.min(b.w, b.h) : 0;
}

/** The box outside the map's bounds, as an area. */
function outside(b: Box, bounds: Box): number {
  return b.w * b.h - overlap(b, bounds);
}

/** The candidate places around a circle for a label of this size, best first. */
function candidates(c: Circle, w: number, h: number, gap: number): Box[] {
  const d = c.r + gap;
  const k = Math.SQRT1_2 * c.r;
  return [
    { x: c.x - w / 2, y: c.y + d, w, h },
    { x: c.x - w / 2, y: c.y - d - h, w, h },
    { x: c.x + d, y: c.y - h / 2, w, h },
    { x: c.x - d - w, y: c.y - h / 2, w, h },
    { x: c.x + k, y: c.y + k + gap, w, h },
    { x: c.x - k - w, y: c.y + k + gap, w, h },
    { x: c.x + k, y: c.y - k - gap - h, w, h },
    { x: c.x - k - w, y: c.y - k - gap - h, w, h },
  ];
}

/**
 * One box per label (indexed like `sizes` and `circles`): `order` says which
 * labels choose first. Linear in candidates times labels placed: a map has a
 * few dozen regions at most.
 */
export function placeLabels(sizes: readonly { w: number; h: number }[], circles: readonly Circle[], bounds: Box, gap: number, order: readonly number[]): Box[] {
  const placed: Box[] = [];
  const out: Box[] = new Array<Box>(sizes.length);
  for (const i of order) {
    const { w, h } = sizes[i]!;
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const b of candidates(circles[i]!, w, h, gap)) {
      let cost = outside(b, bounds) * 4;
      for (const p of placed) cost += overlap(b, p) * 2;
      circles.forEach((c, j) => {
        if (j !== i) cost += intrusion(c, b);
      });
      if (cost < bestCost) {
        best = b;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    out[i] = best!;
    placed.push(best!);
  }
  return out;
}
