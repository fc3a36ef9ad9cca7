import { expect, inject, test } from 'vitest';
import type { Leader, ObservedLeader } from '../../src/rules';
import { clickRegion, messageFromEvents, observation, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('a human Islamic State plays its operations, then its secret leader phase at the end of the week: a leader moves by clicking its region, then a highlighted one', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-seat-islamicState', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.fill('#me-seed', 'browser-leaders-1');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  // The week opens with the hunters: the Coalition's and the Regime's bots act first, then Islamic State's operations.
  await page.waitForFunction(() => {
    const s = window.euphrates!.state()!;
    return s.active === 'islamicState' && s.phase === 'operations';
  }, null, { timeout: 30_000 });
  const ops = await observation(page);
  expect(ops.turn).toBe(1);
  const began = ops.log.flatMap((c) => c.events).filter((e) => e.type === 'phaseBegan').map((e) => (e.type === 'phaseBegan' ? `${e.phase}:${e.side}` : ''));
  expect(began).toEqual(['operations:coalition', 'operations:regime', 'operations:islamicState']);
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'leaders');

  const v = await observation(page);
  expect(v.viewer).toBe('islamicState');
  expect(v.phase).toBe('leaders');
  expect(v.turn).toBe(1);
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
  expect(message).toMatch(/moves in secret from .+ to /);
  await page.screenshot({ path: shotPath('leader-phase') });
  // Ending the leader phase ends the week: every leader rolls, upkeep, and the next week opens with the Coalition.
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.turn === 2 || window.euphrates!.state()!.phase === 'over');
  const events = (await observation(page)).log.flatMap((c) => c.events);
  const at = (found: (typeof events)[number] | undefined) => (found ? events.indexOf(found) : -1);
  const leadersEnded = at(events.find((e) => e.type === 'phaseEnded' && e.phase === 'leaders'));
  const turnEnded = at(events.find((e) => e.type === 'turnEnded' && e.turn === 1));
  const coalitionNext = at(events.find((e, i) => i > turnEnded && e.type === 'phaseBegan' && e.side === 'coalition'));
  expect(leadersEnded).toBeGreaterThan(0);
  expect(turnEnded).toBeGreaterThan(leadersEnded);
  expect(coalitionNext).toBeGreaterThan(turnEnded);
  expect(errors).toEqual([]);
  await page.context().close();
});
