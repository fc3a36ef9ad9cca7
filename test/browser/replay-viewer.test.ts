import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { apply, buildRules, newGame, toArray, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { clickButton, openMenu, press, screen, settle, shotPath, useChromium, watchReplayOf } from './harness';

/* The replay viewer steps by action or by week, plays by itself at the bot speed, and pauses. */

const baseUrl = inject('baseUrl');
const browser = useChromium();

const at = async (page: Page) => Number(/^replay (\d+)\//.exec((await screen(page)).message)![1]);

/** The index of the first state of each week, as the rules replay the game in Node. */
function weekStarts(final: GameState): number[] {
  let s = newGame(final.rules, final.seed);
  const starts = [0];
  toArray(final.actions).forEach((a, i) => {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    if (r.state.turn !== s.turn) starts.push(i + 1);
    s = r.state;
  });
  return starts;
}

test('PgDn and PgUp step a week, Space plays the game by itself until paused, B sets its speed', async () => {
  const final = randomGame(buildRules(builtinScenario()), 'viewer-1');
  const starts = weekStarts(final);
  const n = toArray(final.actions).length;
  const { page, errors } = await openMenu(browser(), baseUrl);
  await watchReplayOf(page, final);
  expect(starts.length).toBeGreaterThan(3);
  await press(page, 'PageDown');
  expect(await at(page)).toBe(starts[1]);
  await press(page, 'PageDown');
  expect(await at(page)).toBe(starts[2]);
  await press(page, 'ArrowRight');
  await press(page, 'PageUp');
  expect(await at(page)).toBe(starts[2]);
  await press(page, 'PageUp');
  expect(await at(page)).toBe(starts[1]);
  await clickButton(page, 'nextTurn');
  expect(await at(page)).toBe(starts[2]);

  // Space plays on by itself, frame after frame, with no input; Space again pauses where it is.
  await press(page, 'b');
  expect((await screen(page)).buttons.speed?.label).toBe('Speed: fast');
  const from = await at(page);
  await press(page, ' ');
  expect((await screen(page)).buttons.autoplay?.label).toBe('Pause');
  await page.waitForFunction((f) => Number(/^replay (\d+)\//.exec(window.euphrates!.screen().message)![1]) > f + 5, from, { timeout: 20_000 });
  await press(page, ' ');
  const paused = await at(page);
  await page.waitForTimeout(400);
  await settle(page);
  expect(await at(page)).toBe(paused);
  expect((await screen(page)).buttons.autoplay?.label).toBe('Play');
  await page.screenshot({ path: shotPath('replay-viewer') });
  // At the end it stops by itself.
  await press(page, 'End');
  expect(await at(page)).toBe(n);
  expect(errors).toEqual([]);
  await page.context().close();
});
