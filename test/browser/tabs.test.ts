import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hash } from '../../src/rules';
import { gameIn, idbGet, KEY } from './autosave';
import { openMenu, press, screen, shotPath, useChromium, waitScene, withDebug } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** The game in the autosave (IndexedDB), as the rules load it: its state hash. */
async function autosaveHash(page: Page): Promise<string> {
  const game = gameIn(await idbGet(page, KEY));
  if (!game) throw new Error('no readable autosave');
  return hash(game);
}

/** One action of the Coalition's, through the debug API (?debug): a fortification, which rolls nothing. */
async function fortify(page: Page): Promise<void> {
  const r = await page.evaluate(() => {
    const a = window.euphrates!.legal().find((x) => x.type === 'fortify');
    return a ? window.euphrates!.act(a).ok : false;
  });
  expect(r).toBe(true);
  // On the board once on disk.
  await page.waitForFunction(() => window.euphrates!.screen().actions === window.euphrates!.actions()!.length);
}

test('a second tab sees the game is open in the first, overwrites nothing, and takes it over only when asked; the first then stops', async () => {
  const first = await openMenu(browser(), baseUrl);
  const a = first.page;
  await a.selectOption('#me-speed', 'instant');
  await a.click('#me-new');
  await waitScene(a, 'Game');
  await a.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  await fortify(a);
  const played = await a.evaluate(() => window.euphrates!.hash()!);
  const stored = await idbGet(a, KEY);
  expect(await autosaveHash(a)).toBe(played);

  // The second tab, in the same browser: it says the game is open elsewhere, and every way to overwrite it is shut.
  const b = await a.context().newPage();
  const errors: string[] = [];
  b.on('pageerror', (e) => errors.push(String(e)));
  await b.goto(withDebug(baseUrl));
  await waitScene(b, 'Menu');
  await b.waitForSelector('#me-elsewhere', { state: 'visible' });
  for (const id of ['#me-new', '#me-continue', '#me-load']) expect(await b.isDisabled(id), id).toBe(true);
  await b.screenshot({ path: shotPath('tabs-open-elsewhere') });
  await b.evaluate(() => ['me-new', 'me-continue', 'me-load'].forEach((id) => document.getElementById(id)!.click()));
  await b.waitForTimeout(300);
  expect((await screen(b)).scene).toBe('Menu');
  expect(await idbGet(b, KEY)).toBe(stored);

  // Taken over: the second tab goes on with the first one's game, exactly where it stood; the first stops playing and saving.
  await b.click('#me-takeover');
  await waitScene(b, 'Game');
  expect(await b.evaluate(() => window.euphrates!.hash())).toBe(played);
  await waitScene(a, 'TakenOver');
  expect(Object.keys((await screen(a)).regions)).toEqual([]);
  await a.screenshot({ path: shotPath('tabs-taken-over') });
  const refused = await a.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'coalition' }));
  expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/another tab/) } });
  await press(a, 'e');
  await b.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  await fortify(b);
  const next = await b.evaluate(() => window.euphrates!.hash()!);
  await a.waitForTimeout(300);
  expect(await autosaveHash(b)).toBe(next);
  expect(await a.evaluate(() => window.euphrates!.hash())).toBe(played);

  // Back at its menu, the first tab now sees the game open in the second; once that tab closes, it may play again.
  await press(a, 'Enter');
  await waitScene(a, 'Menu');
  await a.waitForSelector('#me-elsewhere', { state: 'visible' });
  await b.close();
  await a.waitForSelector('#me-elsewhere', { state: 'hidden', timeout: 10_000 });
  expect(await a.isDisabled('#me-new')).toBe(false);
  await a.click('#me-continue');
  await waitScene(a, 'Game');
  expect(await a.evaluate(() => window.euphrates!.hash())).toBe(next);
  expect(errors).toEqual([]);
  expect(first.errors).toEqual([]);
  await a.context().close();
});
