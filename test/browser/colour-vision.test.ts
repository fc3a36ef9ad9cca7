import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SIDES, type Action, type Side } from '../../src/rules';
import { COUNTER_HALF, FRAME_PROBES, RING_GAP, TICK_TO, SELECT_OUTER_GAP, TAG_AT, TAG_HALF } from '../../src/scenes/markGeometry';
import { clickRegion, newGameFromMenu, observation, openMenu, screen, settle, shotPath, useChromium, waitScene } from './harness';

/*
 * The board under Chromium's colour-vision emulation: each mark that tells
 * sides or highlights apart is looked for in the screenshot's pixels by its
 * shape alone, and it must stand off the paper by WCAG's 3:1 for non-text.
 * The probes read light and dark, never hue, so a mark found under every
 * emulation is told apart by shape, not by colour.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

const VISIONS = ['none', 'deuteranopia', 'protanopia', 'tritanopia', 'achromatopsia'] as const;

type RGB = [number, number, number];

function luminance([r, g, b]: RGB): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio. */
function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

class Shot {
  constructor(private readonly png: PNG) {}
  at(x: number, y: number): RGB {
    const xi = Math.round(x);
    const yi = Math.round(y);
    const i = (this.png.width * yi + xi) << 2;
    const d = this.png.data;
    return [d[i]!, d[i + 1]!, d[i + 2]!];
  }
  /** The commonest colour of a rectangle: the paper, on the board. */
  mode(x0: number, y0: number, w: number, h: number): RGB {
    const count = new Map<string, number>();
    for (let y = y0; y < y0 + h; y += 3) for (let x = x0; x < x0 + w; x += 3) {
      const k = this.at(x, y).join(',');
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    const [best] = [...count.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return best.split(',').map(Number) as RGB;
  }
  /**
   * The share of points on a circle whose pixel stands off `ground` by at
   * least `ratio` (the ring's line at most a pixel off); the sector below the centre is left out, since the
   * region's name is written over it.
   */
  ringShare(x: number, y: number, radius: number, ground: RGB, ratio = 3, n = 120): number {
    let on = 0;
    let all = 0;
    for (let k = 0; k < n; k++) {
      const a = (k * 2 * Math.PI) / n;
      if (a > (40 * Math.PI) / 180 && a < (140 * Math.PI) / 180) continue;
      all++;
      // The best of three radii: a line's edge pixels are blended with the paper.
      const best = Math.max(...[-1, 0, 1].map((d) => contrast(this.at(x + Math.cos(a) * (radius + d), y + Math.sin(a) * (radius + d)), ground)));
      if (best >= ratio) on++;
    }
    return on / all;
  }
  /** How many of the four compass directions have a dark tick all the way from `from` to `to` out of the centre. */
  ticks(x: number, y: number, from: number, to: number, ground: RGB): number {
    let n = 0;
    for (const [dx, dy] of [[1, 0], [0, -1], [-1, 0], [0, 1]] as const) {
      let all = true;
      for (let d = from; d <= to; d++) if (contrast(this.at(x + dx * d, y + dy * d), ground) < 3) all = false;
      if (all) n++;
    }
    return n;
  }
  /** The share of a box's pixels that stand off `ground` by 3:1. */
  boxShare(cx: number, cy: number, hw: number, hh: number, ground: RGB): number {
    let on = 0;
    let all = 0;
    for (let y = Math.ceil(cy - hh); y <= cy + hh; y++) for (let x = Math.ceil(cx - hw); x <= cx + hw; x++) {
      all++;
      if (contrast(this.at(x, y), ground) >= 3) on++;
    }
    return on / all;
  }
}

async function shoot(page: Page, name: string): Promise<Shot> {
  const buf = await page.screenshot();
  writeFileSync(shotPath(name), buf);
  return new Shot(PNG.sync.read(buf));
}

test('under every colour vision the highlights, the sides\' counters and the holders\' tags are told apart by shape, each at 3:1 or more against the paper', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  // The Regime's first week: it has both moves and attacks (the Coalition's first has no move).
  await newGameFromMenu(page, { humans: ['regime'], seed: 'colour-vision-1', level: 'greedy' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => {
    const st = window.euphrates!.state();
    return !!st && st.active === 'regime' && st.phase === 'operations';
  }, undefined, { timeout: 30_000 });

  const legal = (await page.evaluate(() => window.euphrates!.legal())) as Action[];
  const moves = legal.filter((a): a is Extract<Action, { type: 'move' }> => a.type === 'move');
  const attacks = legal.filter((a): a is Extract<Action, { type: 'attack' }> => a.type === 'attack');
  // Two selections: a stack that can attack, then one that can move (on this map no Regime stack can do both in week 1).
  const picks = [attacks[0]?.from, moves[0]?.from];
  expect(picks.every(Boolean), 'a Regime stack that can attack and one that can move').toBe(true);
  let info = await screen(page);
  const view = await observation(page);
  const ids = view.rules.ids;
  const unitsOf = (side: Side) => ids.find((_, i) => view.regions[i]!.units.every((n, s) => (s === SIDES.indexOf(side) ? n > 0 : n === 0)));
  const held = SIDES.map((side) => ids.find((_, i) => view.regions[i]!.control === side)).filter((id): id is string => !!id);
  const unheld = ids.find((_, i) => view.regions[i]!.control === null);

  const cdp = await page.context().newCDPSession(page);
  // The board fills the left of a 1280×800 page, beside the panel and above the action bar.
  const board = { w: 800, h: 650 };
  for (const [pick, from] of picks.entries()) {
    await clickRegion(page, from!);
    info = await screen(page);
    expect(info.selected).toBe(from);
    const moveTo = [...new Set(moves.filter((m) => m.from === from).map((m) => m.to))];
    const attackTo = [...new Set(attacks.filter((a) => a.from === from).map((a) => a.to))];
    expect(pick === 0 ? attackTo.length : moveTo.length).toBeGreaterThan(0);
    for (const vision of VISIONS) {
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: vision });
      await settle(page);
      const shot = await shoot(page, `vision-${vision}${pick === 0 ? '' : '-move'}`);
      const paper = shot.mode(0, 0, board.w, board.h);
      const where = (id: string) => info.regions[id]!;
      const say = (what: string) => `${what} under ${vision}`;

      // The selection: a double ring, both solid.
      const s = where(from!);
      expect(shot.ringShare(s.x, s.y, s.r + RING_GAP, paper), say('the selection\'s inner ring')).toBeGreaterThan(0.85);
      expect(shot.ringShare(s.x, s.y, s.r + SELECT_OUTER_GAP, paper), say('the selection\'s outer ring')).toBeGreaterThan(0.85);
      // An attack target: a solid ring with a reticle's ticks, read from outside the ring to two pixels short of their ends (a centre between pixels leaves the last one half covered).
      for (const id of attackTo) {
        const a = where(id);
        expect(shot.ringShare(a.x, a.y, a.r + RING_GAP, paper), say(`the attack ring on ${id}`)).toBeGreaterThan(0.85);
        expect(shot.ticks(a.x, a.y, a.r + 9, a.r + TICK_TO - 2, paper), say(`the reticle on ${id}`)).toBeGreaterThanOrEqual(3);
      }
      // A move target: a dashed ring, no reticle.
      for (const id of moveTo) {
        const m = where(id);
        const share = shot.ringShare(m.x, m.y, m.r + RING_GAP, paper);
        expect(share, say(`the dashes on ${id}`)).toBeGreaterThan(0.3);
        expect(share, say(`the gaps on ${id}`)).toBeLessThan(0.8);
        expect(shot.ticks(m.x, m.y, m.r + 9, m.r + TICK_TO - 2, paper), say(`no reticle on ${id}`)).toBeLessThanOrEqual(1);
      }
      if (pick > 0) continue;
      // Unit symbols (APP-6 frames): the Coalition's rectangle holds both probes, the Regime's square only the upper, Islamic State's diamond only the side one.
      for (const side of SIDES) {
        const id = unitsOf(side);
        expect(id, `a region with ${side} units alone`).toBeDefined();
        const c = where(id!);
        const k = (c.r * COUNTER_HALF) / 55;
        // The region's own fill, inside its circle and outside every frame (the rectangle reaches 0.56 r up, the square 0.62 r, the diamond 0.81 r along |x| + |y|).
        const fill = shot.at(c.x - 0.5 * c.r, c.y - 0.7 * c.r);
        // Mirrored probes as well, so the icon's white lines crossing one of them cannot decide.
        const filled = (p: { x: number; y: number }) => [1, -1].some((m) => contrast(shot.at(c.x + m * p.x * k, c.y + p.y * k), fill) >= 2);
        const [upper, beside] = [filled(FRAME_PROBES.upper), filled(FRAME_PROBES.side)];
        const shape = upper && beside ? 'rectangle' : upper ? 'square' : beside ? 'diamond' : 'none';
        expect(shape, say(`the ${side} counter on ${id}`)).toBe({ coalition: 'rectangle', regime: 'square', islamicState: 'diamond' }[side]);
      }
      // Holders' tags: a dark box with the holder's letter on each held region, none on a region no one holds.
      for (const id of held) {
        const t = where(id);
        expect(shot.boxShare(t.x + TAG_AT.x * t.r, t.y + TAG_AT.y * t.r, TAG_HALF - 1.5, TAG_HALF - 1.5, paper), say(`the tag on ${id}`)).toBeGreaterThan(0.45);
      }
      // The built-in map starts with every region held; a region no one holds would show no tag.
      if (unheld) {
        const t = where(unheld);
        expect(shot.boxShare(t.x + TAG_AT.x * t.r, t.y + TAG_AT.y * t.r, TAG_HALF - 1.5, TAG_HALF - 1.5, paper), say(`no tag on ${unheld}`)).toBeLessThan(0.3);
      }
    }
  }
  expect(held.length).toBe(3);
  expect(errors).toEqual([]);
});
