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
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()?.turn === 2, undefined, { timeout: 60_000 });
  await settle(page);
  await page.waitForTimeout(300);
  expect(await framesOver(page, 500)).toBe(0);

  // B three times: normal, fast, instant, slow, where a slide takes 490 ms.
  for (let k = 0; k < 3; k++) await press(page, 'b');
  expect((await screen(page)).buttons.speed?.label).toBe('Bots: slow');
  await settle(page);
  await page.waitForTimeout(300);

  await page.keyboard.press('l');
  await page.screenshot({ path: shotPath('slides-last-turn') });
  expect(await framesOver(page, 200)).toBeGreaterThan(3);
  const message = (await screen(page)).message;
  expect(message).toMatch(/^The bots' last turn: its (\d+ moves and attacks slide|move or attack slides) again on the board\.$/);
  // Once the slides are done nothing moves.
  const slides = Number(/its (\d+) moves/.exec(message)?.[1] ?? 1);
  await page.waitForTimeout(slides * 490 + 300);
  expect(await framesOver(page, 500)).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
