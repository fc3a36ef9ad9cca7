import { expect, inject, test } from 'vitest';
import type { Leader, ObservedLeader } from '../../src/rules';
import { clickRegion, messageFromEvents, observation, openMenu, press, screen, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('a human Islamic State moves a leader in secret by clicking its region, then a highlighted one', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-seat-islamicState', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  const v = await observation(page);
  expect(v.viewer).toBe('islamicState');
  expect(v.phase).toBe('leaders');
  const legal = await page.evaluate(() => window.euphrates!.legal());
  // Islamic State sees its own leaders in full: at large, with a position.
  const atLarge = (l: ObservedLeader): l is Extract<Leader, { status: 'atLarge' }> => l.status === 'atLarge';
  const first = v.leaders.find(atLarge)!;
  expect(first).toBeDefined();
  const move = legal.find((a) => a.type === 'moveLeader' && a.leader === first.id && a.to !== first.at);
  expect(move?.type).toBe('moveLeader');
  if (move?.type !== 'moveLeader') return;
  await press(page, 'Escape');
  await clickRegion(page, first.at);
  expect((await screen(page)).message).toMatch(/leader\(s\) may move/);
  expect((await screen(page)).selected).toBe(first.at);
  await clickRegion(page, move.to);
  const after = await observation(page);
  const moved = after.leaders.find((l) => l.id === first.id)!;
  expect(atLarge(moved) && moved.at).toBe(move.to);
  // The secret move is told to Islamic State from its own events.
  const message = (await screen(page)).message;
  expect(message).toBe(await messageFromEvents(page));
  expect(message).toMatch(/in secret to/);
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'operations');
  expect(errors).toEqual([]);
  await page.context().close();
});
