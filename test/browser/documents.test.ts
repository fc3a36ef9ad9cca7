import { expect, inject, test } from 'vitest';
import { gameState, openMenu, playOneAction, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const DOCUMENT = `Tabqa dam falls as the SDF closes on Raqqa

May 2017

U.S.-backed Syrian Democratic Forces captured the town of Tabqa and its dam last week, 30 miles west of Raqqa, after coalition air strikes.

Islamic State leaders are fleeing Raqqa for Deir el-Zour and Mayadin, officials said; al-Baghdadi was last reported near Mayadin.

Syrian government forces backed by Russia advanced from Palmyra toward Deir el-Zour, where a regime garrison has held out for years.

Tensions with Turkey over the Kurdish role continue to slow the offensive.`;

test('a pasted document becomes a playable scenario', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', DOCUMENT);
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  const s = await gameState(page);
  expect(s.rules.scenario.title).toBe('Tabqa dam falls as the SDF closes on Raqqa');
  expect(s.rules.scenario.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['tabqa', 'raqqa', 'mayadin']));
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  const before = await page.evaluate(() => window.euphrates!.actions()!.length);
  const expected = await playOneAction(page);
  expect((await page.evaluate(() => window.euphrates!.actions()!)).at(-1)).toEqual(expected);
  expect(await page.evaluate(() => window.euphrates!.actions()!.length)).toBe(before + 1);
  await page.screenshot({ path: shotPath('custom-document') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a document that cannot be compiled is refused with the compiler\'s sentence, shown as text', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', '<b>Hello</b> world. Nothing happens here.');
  await page.click('#me-new');
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toMatch(/^This document cannot be played: /);
  expect(await page.$('#me-message b')).toBeNull();
  expect((await screen(page)).scene).toBe('Menu');
  expect(errors).toEqual([]);
  await page.context().close();
});
