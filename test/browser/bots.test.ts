import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { clickButton, expectGameOverScreen, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('a game with every side a bot runs to the game-over screen; its replay exports and plays back step by step', async () => {
  const { page, errors, foreign } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-level', 'random');
  await page.selectOption('#me-speed', 'instant');
  await page.fill('#me-seed', 'browser-bots-1');
  await page.click('#me-new');
  await waitScene(page, 'GameOver', 90_000);
  const s = await expectGameOverScreen(page);
  expect(s.phase).toBe('over');
  expect(s.result).not.toBeNull();
  await page.screenshot({ path: shotPath('game-over') });

  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'export')]);
  const replay = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(replay.format).toBe('middle-euphrates/replay');
  expect(replay.seed).toBe('browser-bots-1');
  // A seed a player chose: the dice were known, so no commitment is recorded, and the screen says so.
  expect(replay).not.toHaveProperty('commitment');
  expect((await screen(page)).dice).toBe('Seed “browser-bots-1”, chosen by a player: the dice were known, and no commitment was made.');
  const all = await page.evaluate(() => window.euphrates!.actions()!);
  expect(replay.actions).toEqual(all);

  await press(page, 'w');
  await waitScene(page, 'Replay');
  const last = all.length;
  expect((await screen(page)).message).toBe(`replay ${last}/${last}`);
  await press(page, 'ArrowLeft');
  await press(page, 'ArrowLeft');
  expect((await screen(page)).message).toBe(`replay ${last - 2}/${last}`);
  await press(page, 'Home');
  expect((await screen(page)).message).toBe(`replay 0/${last}`);
  await clickButton(page, 'forward');
  expect((await screen(page)).message).toBe(`replay 1/${last}`);
  await page.screenshot({ path: shotPath('replay') });
  await press(page, 'q');
  await waitScene(page, 'GameOver');

  // The exported file opens again from the menu.
  await press(page, 'm');
  await waitScene(page, 'Menu');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(await download.path());
  await waitScene(page, 'Replay');
  expect((await screen(page)).message).toBe(`replay 0/${last}`);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});
