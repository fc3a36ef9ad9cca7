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
 * The best of the places around `around` for a box of this size: clear of
 * the bounds' edge first (4× an overlap's cost), then of the boxes already
 * placed (2×) and of the circles it must not cover (`skip`: the one it
 * stands beside, by index), then of what it should rather not cover (`soft`,
 * at half weight: the region names, for a card of dice).
 */
export function placeBeside(size: { w: number; h: number }, around: Circle, circles: readonly Circle[], placed: readonly Box[], bounds: Box, gap: number, skip = -1, soft: readonly Box[] = []): Box {
  let best: Box | null = null;
  let bestCost = Infinity;
  for (const b of candidates(around, size.w, size.h, gap)) {
    let cost = outside(b, bounds) * 4;
    for (const p of placed) cost += overlap(b, p) * 2;
    for (const p of soft) cost += overlap(b, p) / 2;
    circles.forEach((c, j) => {
      if (j !== skip) cost += intrusion(c, b);
    });
    if (cost < bestCost) {
      best = b;
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  return best!;
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
    const best = placeBeside(sizes[i]!, circles[i]!, circles, placed, bounds, gap, i);
    out[i] = best;
    placed.push(best);
  }
  return out;
}
