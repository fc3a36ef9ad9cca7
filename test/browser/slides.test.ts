import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newGameFromMenu, openMenu, press, screen, settle, shotPath, useChromium, waitScene } from './harness';

/*
 * Bot moves and attacks slide along their links at the bot speed
 * (src/scenes/slides.ts), and L slides the bots' last turn again: the board
 * moves (the loop runs frames) while they slide, and stands still after.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

const frames = (page: Page) => page.evaluate(() => window.euphrates!.frames());

async function framesOver(page: Page, ms: number): Promise<number> {
  const before = await frames(page);
  await page.waitForTimeout(ms);
  return (await frames(page)) - before;
}

test('L slides the bots\' last turn again on the board, then the board stands still', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'slides-1', speed: 'normal' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  // The bots draw from a secret of the page load: weeks are ended until their turn has moved a counter.
  let message = '';
  for (let week = 1; week <= 6 && !message.includes('slide'); week++) {
    await press(page, 'e');
    await page.waitForFunction((t) => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()?.turn === t, week + 1, { timeout: 60_000 });
    await settle(page);
    await press(page, 'l');
    message = (await screen(page)).message;
    expect(message).toMatch(/^(The bots' last turn: (its (\d+ moves and attacks slide|move or attack slides)( and its (\d+ rolls show|roll shows))?|its (\d+ rolls show|roll shows)) again on the board\.|The bots have moved no counter and rolled no die since you last had the board\.)$/);
  }
  expect(message).toContain('slide');
  // Each action played again takes its slide's time: its moves, and at most one step per roll besides.
  const count = (re: RegExp, one: RegExp) => Number(re.exec(message)?.[1] ?? (one.test(message) ? 1 : 0));
  const slides = count(/its (\d+) moves/, /move or attack slides/) + count(/its (\d+) rolls/, /roll shows/);
  // The slides L started at normal speed (196 ms each) run out.
  await page.waitForTimeout(slides * 196);
  // B three times: normal, fast, instant, slow, where a slide takes 490 ms.
  for (let k = 0; k < 3; k++) await press(page, 'b');
  // Each B writes the autosave; a key pressed while a write is under way is held and played after it, frames later.
  await page.waitForFunction(() => window.euphrates!.screen().buttons.speed?.label === 'Bots: slow', null, { timeout: 10_000 }).catch(() => undefined);
  expect((await screen(page)).buttons.speed?.label).toBe('Bots: slow');
  await settle(page);
  await page.waitForTimeout(300);
  expect(await framesOver(page, 500)).toBe(0);

  await page.keyboard.press('l');
  expect(await framesOver(page, 200)).toBeGreaterThan(3);
  await page.screenshot({ path: shotPath('slides-last-turn') });
  // The turn's rolls show again with their actions: a card on the board while each plays.
  const rolls = count(/its (\d+) rolls/, /roll shows/);
  let seen = false;
  for (const t0 = Date.now(); Date.now() - t0 < slides * 490 && !seen; ) {
    seen = ((await screen(page)).cards ?? []).some((c) => c.roll !== null);
    if (seen) await page.screenshot({ path: shotPath('slides-last-turn-dice') });
  }
  expect(seen).toBe(rolls > 0);
  // Once the slides are done nothing moves.
  await page.waitForTimeout(slides * 490 + 300);
  expect(await framesOver(page, 500)).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
