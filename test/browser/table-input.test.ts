import { expect, inject, test } from 'vitest';
import { buildRules } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { newGameFromMenu, openMenu, screen, settle, useChromium, waitScene, watchReplayOf } from './harness';

/* Input the table answers once, and messages that belong to the moment they are shown. */

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('thirty quick presses of → step the replay thirty actions, and thirty of ← step back to the start', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await watchReplayOf(page, randomGame(buildRules(builtinScenario()), 'keys-once'));
  // No wait between presses: a key's down and up often reach the page in the same frame.
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await settle(page);
  expect((await screen(page)).message).toMatch(/^replay 30\//);
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
  await settle(page);
  expect((await screen(page)).message).toMatch(/^replay 0\//);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('after the bots\' turns the orders give the new week\'s hint, not the last phase\'s message; K says where the save went', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'stale-1' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  await page.keyboard.press('e');
  await settle(page);
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()!.turn === 2, undefined, { timeout: 30_000 });
  await settle(page);
  const info = await screen(page);
  // The controller's own message is empty: the panel shows the phase's hint.
  expect(info.message).toBe('');
  expect(await page.evaluate(() => document.getElementById('screen-text')!.textContent)).toMatch(/Your operations: \d action points?\./);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('k')]);
  await settle(page);
  expect(download.suggestedFilename()).toBe('middle-euphrates-turn-2.json');
  expect((await screen(page)).message).toBe('Saved: middle-euphrates-turn-2.json is in your downloads. Load save file (menu) opens it.');
  expect(errors).toEqual([]);
  await page.context().close();
});
