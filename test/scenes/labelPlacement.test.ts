import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../src/scenes/labelPlacement';

const overlaps = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.01 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.01;

describe('region names', () => {
  it('two towns side by side (Abu Kamal and Al-Qa\'im) get names that do not overlap, neither over the other town', () => {
    const circles = [{ x: 100, y: 100, r: 16 }, { x: 150, y: 110, r: 16 }];
    const sizes = [{ w: 70, h: 14 }, { w: 60, h: 14 }];
    const boxes = placeLabels(sizes, circles, { x: 0, y: 0, w: 400, h: 300 }, 1, [0, 1]);
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    // Each name clear of the other's circle.
    for (const [i, b] of boxes.entries()) {
      const c = circles[1 - i]!;
      const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
      const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
      expect(Math.hypot(c.x - nx, c.y - ny)).toBeGreaterThanOrEqual(c.r);
    }
  });

  it('a name that fits below stays below, centred (the default look)', () => {
    const [b] = placeLabels([{ w: 40, h: 12 }], [{ x: 200, y: 100, r: 10 }], { x: 0, y: 0, w: 400, h: 300 }, 2, [0]);
    expect(b).toEqual({ x: 180, y: 112, w: 40, h: 12 });
  });

  it('on any map with room to spare (regions at least three radii apart, as the board spaces them), no two names overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 40, max: 960 }), fc.integer({ min: 40, max: 660 }), fc.integer({ min: 30, max: 90 })), { minLength: 2, maxLength: 14 }), (specs) => {
        const r = 16;
        const kept: typeof specs = [];
        for (const s of specs) if (kept.every((k) => Math.hypot(k[0] - s[0], k[1] - s[1]) >= 6 * r)) kept.push(s);
        const boxes = placeLabels(kept.map((s) => ({ w: s[2], h: 14 })), kept.map((s) => ({ x: s[0], y: s[1], r })), { x: 0, y: 0, w: 1000, h: 700 }, 1, kept.map((_, i) => i));
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
