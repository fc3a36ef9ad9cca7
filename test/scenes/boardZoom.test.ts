import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { BoardZoom, MAX_ZOOM } from '../../src/scenes/boardZoom';

/* The board's zoom and pan arithmetic (src/scenes/boardZoom.ts): what the player sees when zooming and dragging. */

const area = { x: 10, y: 40, w: 800, h: 600 };
const fresh = () => {
  const z = new BoardZoom();
  z.fit(area);
  return z;
};
/** The window's corners, seen on the whole map: they must stay on it. */
const windowOf = (z: BoardZoom) => [z.unview({ x: area.x, y: area.y }), z.unview({ x: area.x + area.w, y: area.y + area.h })];

group('zoom and pan', () => {
  it('at 1× the board shows the whole map as laid out: nothing moves, a drag does nothing', () => {
    const z = fresh();
    expect(z.view({ x: 123, y: 456 })).toEqual({ x: 123, y: 456 });
    expect(z.panBy(50, 50)).toBe(false);
    expect(z.zoomAt(0.5, { x: 100, y: 100 })).toBe(false);
  });

  it('the map point under the pointer stays under it while the zoom changes, and the window never leaves the map', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.5, max: 2, noNaN: true }), fc.integer({ min: 10, max: 810 }), fc.integer({ min: 40, max: 640 })), { maxLength: 12 }), (steps) => {
        const z = fresh();
        for (const [factor, x, y] of steps) {
          const under = z.unview({ x, y });
          const level = z.level;
          z.zoomAt(factor, { x, y });
          expect(z.level).toBeGreaterThanOrEqual(1);
          expect(z.level).toBeLessThanOrEqual(MAX_ZOOM);
          const [a, b] = windowOf(z);
          expect(a!.x).toBeGreaterThanOrEqual(area.x - 1e-6);
          expect(a!.y).toBeGreaterThanOrEqual(area.y - 1e-6);
          expect(b!.x).toBeLessThanOrEqual(area.x + area.w + 1e-6);
          expect(b!.y).toBeLessThanOrEqual(area.y + area.h + 1e-6);
          // Zooming in near the middle keeps the point exactly; at the map's edge the window stops instead.
          const seen = z.view(under);
          if (z.level > level && x > 210 && x < 610 && y > 190 && y < 490 && level === 1) {
            expect(seen.x).toBeCloseTo(x, 6);
            expect(seen.y).toBeCloseTo(y, 6);
          }
        }
      }),
    );
  });

  it('a drag moves the map with the hand, by the drag, until the edge stops it', () => {
    const z = fresh();
    z.zoomAt(2, { x: 410, y: 340 });
    const p = { x: 400, y: 300 };
    const before = z.view(p);
    expect(z.panBy(30, -20)).toBe(true);
    expect(z.view(p).x - before.x).toBeCloseTo(30, 6);
    expect(z.view(p).y - before.y).toBeCloseTo(-20, 6);
    // Far past the edge: the window stops with the map's corner at the board's.
    z.panBy(10_000, 10_000);
    expect(z.view({ x: area.x, y: area.y })).toEqual({ x: area.x, y: area.y });
    expect(z.panBy(10, 10)).toBe(false);
  });

  it('reveal brings a point out of the window just inside it; reset shows the whole map', () => {
    const z = fresh();
    z.zoomAt(3, { x: 100, y: 100 });
    const far = { x: 790, y: 620 };
    const v = z.view(far);
    expect(v.x > area.x + area.w || v.y > area.y + area.h).toBe(true);
    expect(z.reveal(far, 20)).toBe(true);
    const now = z.view(far);
    expect(now.x).toBeLessThanOrEqual(area.x + area.w - 20 + 1e-6);
    expect(now.y).toBeLessThanOrEqual(area.y + area.h - 20 + 1e-6);
    expect(z.reveal(far, 20)).toBe(false);
    expect(z.reset()).toBe(true);
    expect(z.view(far)).toEqual(far);
  });
});
