import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRules } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { newGameFromMenu, openMenu, press, screen, settle, useChromium, waitScene, watchReplayOf } from './harness';

/*
 * An idle screen runs no frames (src/scenes/loopSleep.ts): the loop sleeps
 * once nothing is to be drawn or played, and input wakes it with nothing lost.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

const frames = (page: Page) => page.evaluate(() => window.euphrates!.frames());

/** The frames the loop runs in a second of doing nothing. */
async function idleFrames(page: Page): Promise<number> {
  await settle(page);
  await page.waitForTimeout(300);
  const before = await frames(page);
  await page.waitForTimeout(1000);
  return (await frames(page)) - before;
}

test('the table runs no frames while it waits for the human, runs them while bots play, and answers the first key after sleeping', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'idle-1', speed: 'normal' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  expect(await idleFrames(page)).toBe(0);
  // Asleep, the first key is handled: Tab selects a stack.
  await press(page, 'Tab');
  expect((await screen(page)).selected).not.toBeNull();
  expect(await idleFrames(page)).toBe(0);
  // Bots at normal speed play on frames of their own, with no input.
  const acted = (await page.evaluate(() => window.euphrates!.actions()!.length));
  await press(page, 'e');
  const during = await frames(page);
  await page.waitForFunction((n) => window.euphrates!.actions()!.length > n + 3, acted, { timeout: 30_000 });
  expect((await frames(page)) - during).toBeGreaterThan(3);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the replay viewer and the ending sleep too, and wake to a key', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await watchReplayOf(page, randomGame(buildRules(builtinScenario()), 'idle-replay'));
  expect(await idleFrames(page)).toBe(0);
  await press(page, 'ArrowRight');
  expect((await screen(page)).message).toMatch(/^replay 1\//);
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  expect(await idleFrames(page)).toBe(0);
  await press(page, 'w');
  await waitScene(page, 'Replay');
  expect(errors).toEqual([]);
  await page.context().close();
});
