import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { idbGet, KEY } from './autosave';
import { newGameFromMenu, openMenu, press, shotPath, useChromium, waitScene } from './harness';

/*
 * The bots think in a Web Worker (src/app/thinking.ts): while the search bot
 * thinks its 300 iterations, the page goes on drawing and answering, and an
 * answer for a game the table has left is never played.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

/**
 * The page's animation frames during each of the next `count` bot decisions:
 * a decision thought on the page's own thread would hold every frame back
 * until it was done, so none would run while it lasts.
 */
function framesPerThought(page: Page, count: number): Promise<number[]> {
  return page.evaluate(
    (n) =>
      new Promise<number[]>((resolve) => {
        const e = window.euphrates!;
        const seen: number[] = [];
        let during = -1;
        const tick = () => {
          const thinking = e.botThinking();
          if (thinking) during = during < 0 ? 1 : during + 1;
          else if (during >= 0) {
            seen.push(during);
            during = -1;
          }
          if (seen.length >= n) resolve(seen);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    count,
  );
}

const played = (page: Page) => page.evaluate(() => window.euphrates!.actions()!.length);

test('while the search bot thinks, the page runs its animation frames, and the bots play on', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: [], seed: 'thinking-1', speed: 'normal', level: 'search' });
  await waitScene(page, 'Game');
  const before = await played(page);
  const frames = await framesPerThought(page, 6);
  // A decision with one sensible answer can be thought within a frame; the others let frames run meanwhile.
  expect(frames.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(frames.length);
  expect(Math.max(...frames)).toBeGreaterThanOrEqual(2);
  expect(await played(page)).toBeGreaterThanOrEqual(before + 5);
  await page.screenshot({ path: shotPath('search-bot-thinking') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a decision still being thought when the player leaves for the menu is dropped: nothing plays on behind the menu', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  // At instant speed an answer is played the moment it is back, and the next bot asked at once.
  await newGameFromMenu(page, { humans: [], seed: 'thinking-2', speed: 'instant', level: 'search' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.botThinking());
  await press(page, 'q');
  await waitScene(page, 'Menu');
  expect(await page.evaluate(() => window.euphrates!.botThinking())).toBe(false);
  await page.waitForTimeout(300);
  const left = await idbGet(page, KEY);
  // Longer than several searches take: the answer on its way came back to a table that is gone.
  await page.waitForTimeout(2000);
  expect(await idbGet(page, KEY)).toEqual(left);
  await page.click('#me-continue');
  await waitScene(page, 'Game');
  expect(errors).toEqual([]);
  await page.context().close();
});
