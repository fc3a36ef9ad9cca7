import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickButton, observation, openMenu, press, screen, settle, shotPath, takeSeat, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/*
 * Hot-seat that hides everything: several people at one screen, each seeing
 * only their own side. The board is hidden behind a hand-over card before
 * every sitting of a different human, the very first one and every reopening
 * of the page included, and only Enter or the card's button lets the next
 * player look.
 */

/** A new hot-seat game with these sides human, the others bots. */
async function hotSeat(page: Page, humans: readonly string[], seed: string, speed = 'instant'): Promise<void> {
  for (const side of ['coalition', 'regime', 'islamicState']) await page.selectOption(`#me-seat-${side}`, humans.includes(side) ? 'human' : 'bot');
  await page.selectOption('#me-speed', speed);
  await page.fill('#me-seed', seed);
  await page.click('#me-new');
}

/** Nothing of the board is on the screen, nor in what the page reports: no region, no bar, no message. */
async function expectHidden(page: Page): Promise<void> {
  const info = await screen(page);
  expect(info.scene).toBe('HandOver');
  expect(info.regions).toEqual({});
  expect(Object.keys(info.buttons)).toEqual(['card']);
  expect(info.message).toBe('');
}

test('hot-seat opens on the hand-over card: the first player to sit down says so before the board is drawn', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await hotSeat(page, ['coalition', 'islamicState'], 'hotseat-first');
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  expect((await screen(page)).buttons.card!.label).toBe('I play Coalition: show my board');
  await page.screenshot({ path: shotPath('hotseat-handover') });
  await takeSeat(page);
  expect((await screen(page)).scene).toBe('Game');
  expect((await observation(page)).viewer).toBe('coalition');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('only Enter or the card\'s button dismisses the hand-over: other keys and clicks beside the button do nothing', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await hotSeat(page, ['coalition', 'regime'], 'hotseat-keys');
  await waitScene(page, 'HandOver');
  for (const key of ['e', 'x', ' ', 'Escape', 'Tab', 'h', 'u', 'ArrowLeft', '1']) {
    await press(page, key);
    expect((await screen(page)).scene, key).toBe('HandOver');
  }
  const card = (await screen(page)).buttons.card!;
  for (const [x, y] of [[20, 20], [card.x, card.y - 60], [card.x - 400, card.y], [640, 780]] as const) {
    await page.mouse.click(x, y);
    await settle(page);
    expect((await screen(page)).scene, `click at ${x},${y}`).toBe('HandOver');
  }
  await press(page, 'Enter');
  await waitScene(page, 'Game');
  expect((await observation(page)).viewer).toBe('coalition');
  // The Coalition's turn: nothing the Enter did but let it look (it previews no attack, takes no action).
  expect(await page.evaluate(() => window.euphrates!.actions()!.length)).toBe(0);
  await press(page, 'e');
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  await clickButton(page, 'card');
  await waitScene(page, 'Game');
  expect((await observation(page)).viewer).toBe('regime');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('reloading at a hand-over card and choosing Continue reopens on the hand-over card, not on the next side\'s board', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await hotSeat(page, ['coalition', 'islamicState'], 'hotseat-reload');
  await takeSeat(page);
  await press(page, 'e');
  // The Coalition's sitting is over: the card for Islamic State is up at once, the Regime's bot waiting behind it.
  await waitScene(page, 'HandOver');
  expect(await page.evaluate(() => window.euphrates!.state()!.active)).toBe('regime');
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  expect((await screen(page)).buttons.card!.label).toBe('I play Islamic State: show my board');
  await takeSeat(page);
  expect((await observation(page)).viewer).toBe('islamicState');
  // A reload in the middle of a sitting hides the board too: the page cannot know who is at the screen.
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  await waitScene(page, 'HandOver');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Islamic State\'s board is gone the moment its sitting ends, before the bots after it play under its eyes', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  // The Coalition a bot: after Islamic State's leader phase the next week opens with a bot, and the Regime's player comes next.
  await hotSeat(page, ['regime', 'islamicState'], 'hotseat-bots', 'slow');
  await takeSeat(page);
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'regime', null, { timeout: 30_000 });
  expect((await observation(page)).viewer).toBe('regime');
  await press(page, 'e');
  await takeSeat(page);
  expect((await observation(page)).viewer).toBe('islamicState');
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'leaders');
  expect((await screen(page)).scene).toBe('Game');
  await press(page, 'e');
  // Turn 2, the Coalition's bot to move: the card is up at once, and the bot waits behind it.
  await page.waitForFunction(() => window.euphrates!.state()!.turn === 2);
  await expectHidden(page);
  const before = await page.evaluate(() => window.euphrates!.actions()!.length);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.euphrates!.actions()!.length)).toBe(before);
  expect((await screen(page)).buttons.card!.label).toBe('I play Regime: show my board');
  await takeSeat(page);
  // The Coalition's bot plays under the Regime's eyes: no leader at large on the board.
  expect(await page.evaluate(() => window.euphrates!.state()!.active)).toBe('coalition');
  const v = await observation(page);
  expect(v.viewer).toBe('regime');
  expect(v.leaders.some((l) => l.status === 'atLarge')).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('hot-seat: between two humans the card hides the board; each sees only what its side may', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await hotSeat(page, ['coalition', 'regime'], 'hotseat-regime');
  await takeSeat(page);
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  expect(await page.evaluate(() => window.euphrates!.view()!.viewer)).toBe('coalition');
  await press(page, 'e');
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  await takeSeat(page);
  expect(await page.evaluate(() => window.euphrates!.view()!.viewer)).toBe('regime');
  // Hidden leaders never reach the Regime's observation: only revealed or captured ones carry a position.
  const leaders = await page.evaluate(() => window.euphrates!.view()!.leaders);
  expect(leaders.some((l) => l.status === 'hidden')).toBe(true);
  for (const l of leaders) {
    expect(l.status).not.toBe('atLarge');
    if (l.status === 'hidden') expect(l).not.toHaveProperty('at');
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('hot-seat with Islamic State: its operations and its secret leader phase run on at one sitting, and the board is hidden again before the Coalition opens the next week', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await hotSeat(page, ['coalition', 'islamicState'], 'browser-hotseat-2');
  await takeSeat(page);
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  await press(page, 'e');
  // The Coalition's sitting is over: the card is up before the Regime's bot plays; Islamic State's player takes the screen.
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  await takeSeat(page);
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'islamicState');
  expect(await page.evaluate(() => window.euphrates!.view()!.viewer)).toBe('islamicState');
  await press(page, 'e');
  // Its leader phase follows at once, with no hand-over: the same player, still at the screen.
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'leaders');
  expect((await screen(page)).scene).toBe('Game');
  expect(await page.evaluate(() => window.euphrates!.view()!.leaders.every((l) => l.status === 'atLarge'))).toBe(true);
  await press(page, 'e');
  // The week ends; before the Coalition sees anything, the board is hidden and the secret message gone.
  await page.waitForFunction(() => window.euphrates!.state()!.turn === 2 && window.euphrates!.state()!.active === 'coalition');
  await waitScene(page, 'HandOver');
  await expectHidden(page);
  await takeSeat(page);
  expect(await page.evaluate(() => window.euphrates!.view()!.viewer)).toBe('coalition');
  const leaders = await page.evaluate(() => window.euphrates!.view()!.leaders);
  for (const l of leaders) expect(l.status).not.toBe('atLarge');
  expect(errors).toEqual([]);
  await page.context().close();
});
