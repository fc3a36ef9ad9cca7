import { expect, inject, test } from 'vitest';
import { clickRegion, openMenu, press, screen, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('a human Islamic State moves a leader in secret by clicking its region, then a highlighted one', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-seat-islamicState', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  const v = await page.evaluate(() => window.euphrates!.view()!);
  expect(v.viewer).toBe('islamicState');
  expect(v.phase).toBe('leaders');
  const legal = await page.evaluate(() => window.euphrates!.legal());
  const first = v.leaders.find((l) => l.status === 'atLarge' && l.at !== null)!;
  const move = legal.find((a) => a.type === 'moveLeader' && a.leader === first.id && a.to !== first.at);
  expect(move?.type).toBe('moveLeader');
  if (move?.type !== 'moveLeader') return;
  await press(page, 'Escape');
  await clickRegion(page, first.at!);
  expect((await screen(page)).message).toMatch(/leader\(s\) may move/);
  await clickRegion(page, move.to);
  const after = await page.evaluate(() => window.euphrates!.view()!);
  expect(after.leaders.find((l) => l.id === first.id)!.at).toBe(move.to);
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'operations');
  expect(errors).toEqual([]);
  await page.context().close();
});
