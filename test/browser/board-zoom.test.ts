import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newGameFromMenu, openPage, press, screen, settle, shotPath, useChromium, waitScene, withDebug } from './harness';

/*
 * The map's zoom and pan (src/scenes/boardZoom.ts, boardPan.ts): the wheel
 * zooms about the pointer, the regions spread apart, those out of the window
 * leave the screen (and the debug API's list); a drag on empty ground moves
 * the map and clicks nothing; Tab brings a stack out of view into it; Home
 * shows the whole map again.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

type Info = Awaited<ReturnType<typeof screen>>;

/** A point of the board well away from every region: a press there grabs the map. */
function emptyGround(info: Info): { x: number; y: number } {
  const rs = Object.values(info.regions);
  const xs = rs.map((r) => r.x);
  const ys = rs.map((r) => r.y);
  let best = { x: 0, y: 0, d: -1 };
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 10) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 10) {
      const d = Math.min(...rs.map((r) => Math.hypot(r.x - x, r.y - y) - r.r));
      if (d > best.d) best = { x, y, d };
    }
  }
  return best;
}

/** A new game on this page, the Coalition human (the bots at instant speed), once its first operations are on the board. */
async function coalitionAtTable(page: Page, seed: string): Promise<void> {
  await page.goto(withDebug(baseUrl));
  await waitScene(page, 'Menu');
  await newGameFromMenu(page, { humans: ['coalition'], seed, speed: 'instant' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()?.phase === 'operations');
  await settle(page);
}

async function wheel(page: Page, at: { x: number; y: number }, notches: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let k = 0; k < Math.abs(notches); k++) {
    await page.mouse.wheel(0, notches > 0 ? -100 : 100);
    await settle(page);
  }
}

test('the wheel zooms about the pointer, a drag on empty ground pans without clicking, Tab brings a stack into view, Home shows the whole map', async () => {
  const { page, errors } = await openPage(browser(), baseUrl, { width: 1280, height: 800 });
  await coalitionAtTable(page, 'board-zoom-1');
  const whole = await screen(page);
  const ids = Object.keys(whole.regions);
  expect(whole.zoom).toEqual({ level: 1, inView: ids });

  // Four notches over Raqqa: it stays under the pointer, its neighbours move away from it, the far valley leaves the window.
  const pivot = 'raqqa';
  const other = 'tabqa';
  const before = { p: whole.regions[pivot]!, q: whole.regions[other]! };
  await wheel(page, before.p, 4);
  const zoomed = await screen(page);
  expect(zoomed.zoom!.level).toBeCloseTo(1.25 ** 4, 3);
  const after = { p: zoomed.regions[pivot]!, q: zoomed.regions[other]! };
  expect(Math.hypot(after.p.x - before.p.x, after.p.y - before.p.y)).toBeLessThan(40);
  const spread = Math.hypot(after.q.x - after.p.x, after.q.y - after.p.y) / Math.hypot(before.q.x - before.p.x, before.q.y - before.p.y);
  expect(spread).toBeGreaterThan(2);
  expect(zoomed.zoom!.inView.length).toBeLessThan(ids.length);
  // What the debug API lists is what is on screen: the regions in the window, their names, nothing else.
  expect(Object.keys(zoomed.regions).sort()).toEqual([...zoomed.zoom!.inView].sort());
  expect(Object.keys(zoomed.labels ?? {}).sort()).toEqual([...zoomed.zoom!.inView].sort());
  // The counters keep their size.
  expect(after.p.r).toBeCloseTo(before.p.r, 0);
  await page.screenshot({ path: shotPath('board-zoomed') });

  // A drag from empty ground moves the map by the drag and selects nothing.
  const grab = emptyGround(zoomed);
  const selected = zoomed.selected;
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 60, grab.y + 20, { steps: 4 });
  await page.mouse.move(grab.x + 120, grab.y + 40, { steps: 4 });
  await page.mouse.up();
  await settle(page);
  const panned = await screen(page);
  const moved = Object.keys(panned.regions).find((id) => zoomed.regions[id]);
  expect(moved).toBeDefined();
  const dx = panned.regions[moved!]!.x - zoomed.regions[moved!]!.x;
  const dy = panned.regions[moved!]!.y - zoomed.regions[moved!]!.y;
  // The window never leaves the map: it moves by the drag, or less where the map's edge stops it, never the other way.
  expect(dx).toBeGreaterThanOrEqual(0);
  expect(dx).toBeLessThanOrEqual(121);
  expect(dy).toBeGreaterThanOrEqual(0);
  expect(dy).toBeLessThanOrEqual(41);
  expect(dx + dy).toBeGreaterThan(0);
  expect(panned.selected).toBe(selected);

  // Tab picks the Coalition's stacks one by one: each is brought into the window.
  for (let k = 0; k < 4; k++) {
    await press(page, 'Tab');
    const s = await screen(page);
    expect(s.selected).not.toBeNull();
    expect(s.zoom!.inView).toContain(s.selected);
    expect(s.regions[s.selected!]).toBeDefined();
  }
  // A click on empty ground (no drag) is still a click: it drops the selection.
  const ground = emptyGround(await screen(page));
  await page.mouse.click(ground.x, ground.y);
  await settle(page);
  expect((await screen(page)).selected).toBeNull();

  // Z zooms in a step, Shift+Z out, Home shows the whole map as it was.
  const level = (await screen(page)).zoom!.level;
  await press(page, 'z');
  expect((await screen(page)).zoom!.level).toBeCloseTo(Math.min(4, level * 1.25), 3);
  await press(page, 'Shift+Z');
  expect((await screen(page)).zoom!.level).toBeCloseTo(level, 3);
  await press(page, 'Home');
  const back = await screen(page);
  expect(back.zoom).toEqual({ level: 1, inView: ids });
  for (const id of ids) {
    expect(back.regions[id]!.x).toBeCloseTo(whole.regions[id]!.x, 0);
    expect(back.regions[id]!.y).toBeCloseTo(whole.regions[id]!.y, 0);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('two fingers pinch the map in and out about the point between them, and select nothing', async () => {
  const { page, errors } = await openPage(browser(), baseUrl, { width: 844, height: 390, dpr: 2, touch: true });
  await coalitionAtTable(page, 'board-zoom-2');
  const whole = await screen(page);
  const mid = emptyGround(whole);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })) });
  /** Two fingers from `from` apart to `to` apart, either side of the point, in steps. */
  async function pinch(from: number, to: number): Promise<void> {
    const at = (d: number) => [{ x: mid.x - d / 2, y: mid.y }, { x: mid.x + d / 2, y: mid.y }];
    await touch('touchStart', at(from));
    for (let k = 1; k <= 6; k++) await touch('touchMove', at(from + ((to - from) * k) / 6));
    await touch('touchEnd', []);
    await settle(page);
  }
  await pinch(40, 120);
  const zoomed = await screen(page);
  expect(zoomed.zoom!.level).toBeGreaterThan(2);
  expect(zoomed.selected).toBe(whole.selected);
  await page.screenshot({ path: shotPath('board-pinched') });
  await pinch(120, 40);
  expect((await screen(page)).zoom!.level).toBeLessThan(zoomed.zoom!.level);
  expect(errors).toEqual([]);
  await page.context().close();
});
