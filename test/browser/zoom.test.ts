import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRules } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { clickRegion, newGameFromMenu, openPage, press, screen, settle, shotPath, useChromium, waitScene, watchReplayOf, withDebug } from './harness';

/*
 * 200% zoom on a 1024 × 600 screen is a 512 × 300 CSS-pixel page at two
 * device pixels each; a 32 px default font doubles the text the same way.
 * Both get the compact table (the board, a status strip, the bar in a column,
 * the panel on I); so does a phone. Below the smallest table a card says so.
 */

const baseUrl = inject('baseUrl');
const pageErrors = new Map<Page, string[]>();

/** No error on the page, then closed. */
async function done(page: Page): Promise<void> {
  expect(pageErrors.get(page)).toEqual([]);
  await page.context().close();
}
const browser = useChromium();

/** The menu at this size; `errors` collects the page's console and page errors. */
async function open(size: { width: number; height: number; dpr: number }, font = 0): Promise<Page> {
  const { page, errors } = await openPage(browser(), baseUrl, size);
  // A user's default font size shows as the root element's computed size.
  if (font) await page.addInitScript((f) => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = `${f}px`)), font);
  await page.goto(withDebug(baseUrl));
  await waitScene(page, 'Menu');
  pageErrors.set(page, errors);
  return page;
}

async function coalitionGame(page: Page, seed: string): Promise<void> {
  await newGameFromMenu(page, { humans: ['coalition'], seed });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  await settle(page);
}

/** Every region and every button lies inside the page, and no region sits under a button. */
async function expectAllOnScreen(page: Page, width: number, height: number): Promise<void> {
  const info = await screen(page);
  const regions = Object.entries(info.regions);
  const buttons = Object.entries(info.buttons);
  expect(regions.length).toBeGreaterThan(10);
  for (const [id, r] of regions) {
    expect(r.x - r.r, id).toBeGreaterThanOrEqual(0);
    expect(r.x + r.r, id).toBeLessThanOrEqual(width);
    expect(r.y - r.r, id).toBeGreaterThanOrEqual(0);
    expect(r.y + r.r, id).toBeLessThanOrEqual(height);
  }
  for (const [id, b] of buttons) {
    expect(b.x, id).toBeGreaterThan(0);
    expect(b.x, id).toBeLessThan(width);
    expect(b.y, id).toBeGreaterThan(0);
    expect(b.y, id).toBeLessThan(height);
  }
  // A button's centre is never inside a region's circle: the board and the bar do not overlap.
  for (const [bid, b] of buttons) for (const [rid, r] of regions) expect(Math.hypot(b.x - r.x, b.y - r.y), `${bid} over ${rid}`).toBeGreaterThan(r.r);
}

test('200% zoom on 1024×600: the compact table, every region and button on screen, the panel on I, play by click', async () => {
  const page = await open({ width: 512, height: 300, dpr: 2 });
  await page.screenshot({ path: shotPath('zoom200-menu') });
  // The menu's card scrolls within the page: its first button can be reached.
  await page.locator('#me-new').scrollIntoViewIfNeeded();
  await coalitionGame(page, 'zoom-1');
  await expectAllOnScreen(page, 512, 300);
  const info = await screen(page);
  expect(info.buttons.panel?.label).toBe('Panel');
  await page.screenshot({ path: shotPath('zoom200-board') });
  // Selecting a stack by click works as at 100%.
  const attack = (await page.evaluate(() => window.euphrates!.legal())).find((a) => a.type === 'attack') as { from: string } | undefined;
  await clickRegion(page, attack!.from);
  expect((await screen(page)).selected).toBe(attack!.from);
  await press(page, 'i');
  expect((await screen(page)).buttons.panel?.label).toBe('Board');
  await page.screenshot({ path: shotPath('zoom200-panel') });
  await press(page, 'i');
  expect((await screen(page)).buttons.panel?.label).toBe('Panel');
  await done(page);
});

test('a 32 px default font enlarges the table (compact at 1280×800) and the menu\'s text', async () => {
  const page = await open({ width: 1280, height: 800, dpr: 1 }, 32);
  const menuFont = await page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('menu')!).fontSize));
  expect(menuFont).toBe(28);
  await coalitionGame(page, 'zoom-2');
  expect((await screen(page)).buttons.panel).toBeDefined();
  await expectAllOnScreen(page, 1280, 800);
  await page.screenshot({ path: shotPath('font32-board') });
  await done(page);
});

test('a phone, upright and on its side, gets a table with every region and button on screen', async () => {
  for (const [name, size] of [['phone-portrait', { width: 390, height: 844, dpr: 3 }], ['phone-landscape', { width: 844, height: 390, dpr: 3 }]] as const) {
    const page = await open(size);
    await coalitionGame(page, `zoom-${name}`);
    await expectAllOnScreen(page, size.width, size.height);
    await page.screenshot({ path: shotPath(name) });
    await done(page);
  }
});

test('below the smallest table a card says how much room is needed; made larger, the game goes on with nothing lost', async () => {
  const page = await open({ width: 800, height: 600, dpr: 1 });
  await coalitionGame(page, 'zoom-3');
  const before = await page.evaluate(() => window.euphrates!.actions()!.length);
  await page.setViewportSize({ width: 300, height: 220 });
  await waitScene(page, 'TooSmall');
  expect(await page.evaluate(() => document.getElementById('screen-text')!.textContent)).toMatch(/at least 320 × 260/);
  await page.screenshot({ path: shotPath('too-small') });
  // Keys do nothing behind the card.
  await page.keyboard.press('e');
  await page.setViewportSize({ width: 800, height: 600 });
  await waitScene(page, 'Game');
  expect(await page.evaluate(() => window.euphrates!.actions()!.length)).toBe(before);
  await done(page);
});

test('the ending at 200% zoom on 1024×600 keeps its buttons on screen', async () => {
  const page = await open({ width: 512, height: 300, dpr: 2 });
  await watchReplayOf(page, randomGame(buildRules(builtinScenario()), 'zoom-ending'));
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  await settle(page);
  const info = await screen(page);
  expect(Object.keys(info.buttons)).toEqual(['export', 'link', 'watch', 'again', 'menu']);
  for (const [id, b] of Object.entries(info.buttons)) {
    expect(b.y, id).toBeLessThan(300);
    expect(b.x, id).toBeLessThan(512);
  }
  await page.screenshot({ path: shotPath('zoom200-ending') });
  await done(page);
});
