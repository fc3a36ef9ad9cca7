import { expect, inject, test } from 'vitest';
import { openMenu, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('the page loads from a sub-path with no console errors, no foreign requests, and shows the menu', async () => {
  const { page, errors, foreign } = await openMenu(browser(), baseUrl);
  await page.waitForSelector('#me-new');
  expect(await page.textContent('#menu h1')).toBe('Middle Euphrates');
  expect(await page.textContent('#me-status')).toMatch(/\d+ regions, \d+ leaders/);
  // The default: the human plays the Coalition, bots the others; the dice come from a secret seed shown only as its commitment.
  expect(await page.inputValue('#me-seat-coalition')).toBe('human');
  expect(await page.inputValue('#me-seat-regime')).toBe('bot');
  expect(await page.inputValue('#me-seat-islamicState')).toBe('bot');
  expect(await page.inputValue('#me-seed')).toBe('');
  await page.waitForSelector('#me-commitment-hash');
  expect(await page.textContent('#me-commitment-hash')).toMatch(/^[0-9a-f]{64}$/);
  expect(await page.isDisabled('#me-continue')).toBe(true);
  const api = await page.evaluate(() => ({ version: window.euphrates!.version, keys: Object.keys(window.euphrates!) }));
  expect(api.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(api.keys).toEqual(expect.arrayContaining(['state', 'view', 'legal', 'act', 'exportReplay', 'version']));
  await page.screenshot({ path: shotPath('menu') });
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});

test('the canvas fills the window and renders at device resolution on a high-DPI screen, also after a resize', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl, { width: 1000, height: 700, dpr: 2 });
  await page.click('#me-new');
  await waitScene(page, 'Game');
  const size = () => page.evaluate(() => {
    const c = document.querySelector('canvas')!;
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
  expect(await size()).toEqual({ w: 2000, h: 1400, cssW: 1000, cssH: 700 });
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.waitForFunction(() => document.querySelector('canvas')!.width === 2400);
  expect(await size()).toEqual({ w: 2400, h: 1520, cssW: 1200, cssH: 760 });
  // Clicks still land on the regions after the resize.
  await page.waitForTimeout(100);
  const { id, x, y } = await page.evaluate(() => {
    const [rid, p] = Object.entries(window.euphrates!.screen().regions)[0]!;
    return { id: rid, x: p.x, y: p.y };
  });
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations', null, { timeout: 30_000 });
  await page.mouse.click(x, y);
  await page.waitForFunction((rid) => window.euphrates!.screen().selected === rid, id);
  await page.screenshot({ path: shotPath('board-hidpi') });
  expect(errors).toEqual([]);
  await page.context().close();
});
