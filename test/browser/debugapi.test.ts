import { expect, inject, test } from 'vitest';
import { observation, openMenu, press, screen, takeSeat, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/*
 * The debug API belongs to the person at the screen. On a player's page
 * (the production build, no ?debug) window.euphrates shows what the board
 * shows and acts only for the human side to move; the full state, the record
 * and acting for another side need the debug flag (docs/UI.md).
 */

test('on a player\'s page the API reads no full state, no record and no hash, and acts for no other side (a bot\'s secret leader phase included)', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl, { debug: false });
  await page.selectOption('#me-speed', 'slow');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.view()?.active === 'coalition');
  expect(await page.evaluate(() => window.euphrates!.state())).toBeNull();
  expect(await page.evaluate(() => window.euphrates!.actions())).toBeNull();
  expect(await page.evaluate(() => window.euphrates!.exportReplay())).toBeNull();
  expect(await page.evaluate(() => window.euphrates!.hash())).toBeNull();
  expect(await page.evaluate(() => window.euphrates!.debug)).toBe(false);
  // What the board shows, and what the page's own controls may do: the Coalition's.
  expect((await observation(page)).viewer).toBe('coalition');
  const legal = await page.evaluate(() => window.euphrates!.legal());
  expect(legal.length).toBeGreaterThan(1);
  expect(new Set(legal.map((a) => a.side))).toEqual(new Set(['coalition']));
  const fortify = legal.find((a) => a.type === 'fortify')!;
  expect(await page.evaluate((a) => window.euphrates!.act(a).ok, fortify)).toBe(true);
  await press(page, 'e');
  // The Regime's bot is playing: nobody at this screen plays the Regime.
  await page.waitForFunction(() => window.euphrates!.view()!.active === 'regime', null, { timeout: 30_000 });
  expect(await page.evaluate(() => window.euphrates!.legal())).toEqual([]);
  const forRegime = await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'regime' }));
  expect(forRegime).toMatchObject({ ok: false, error: { code: 'ERR_NOT_AT_SCREEN', message: expect.stringMatching(/a bot plays Regime.*\?debug/) } });
  // Islamic State's secret leader phase, played by its bot: the API neither lists its moves nor makes one.
  await page.waitForFunction(() => window.euphrates!.view()!.phase === 'leaders', null, { timeout: 60_000, polling: 50 });
  expect(await page.evaluate(() => window.euphrates!.legal())).toEqual([]);
  const leader = (await observation(page)).leaders.find((l) => l.status === 'hidden')!;
  const secret = await page.evaluate((id) => window.euphrates!.act({ type: 'moveLeader', side: 'islamicState', leader: id, to: 'raqqa' }), leader.id);
  expect(secret).toMatchObject({ ok: false, error: { code: 'ERR_NOT_AT_SCREEN' } });
  expect(await page.evaluate(() => window.euphrates!.state())).toBeNull();
  // The view stays the Coalition's: the board is drawn from the human's eyes while the bots play.
  const view = await observation(page);
  expect(view.viewer).toBe('coalition');
  expect(view.leaders.some((l) => l.status === 'atLarge')).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('on a player\'s page in hot-seat, the API shows nothing behind the hand-over card and acts for no one there', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl, { debug: false });
  await page.selectOption('#me-seat-islamicState', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'HandOver');
  expect(await page.evaluate(() => window.euphrates!.view())).toBeNull();
  expect(await page.evaluate(() => window.euphrates!.legal())).toEqual([]);
  const r = await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'coalition' }));
  expect(r).toMatchObject({ ok: false, error: { code: 'ERR_NOT_AT_SCREEN', message: expect.stringMatching(/hand-over screen is up/) } });
  await takeSeat(page);
  expect((await observation(page)).viewer).toBe('coalition');
  expect(await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'coalition' }).ok)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('with ?debug the API is the debugger\'s: the full state, the record, and acting for any side', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  expect(await page.evaluate(() => window.location.search)).toBe('?debug');
  await page.selectOption('#me-speed', 'slow');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  expect(await page.evaluate(() => window.euphrates!.state()!.leaders.every((l) => typeof l.at === 'string'))).toBe(true);
  expect(await page.evaluate(() => window.euphrates!.hash())).toMatch(/^[0-9a-f]{16}$/);
  expect(await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'coalition' }).ok)).toBe(true);
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'regime');
  expect(await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'regime' }).ok)).toBe(true);
  expect((await screen(page)).notes).toEqual(expect.arrayContaining([expect.stringMatching(/^Debug mode/)]));
  expect(await page.evaluate(() => window.euphrates!.debug)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
