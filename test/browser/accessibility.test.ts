import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRules } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { axeViolations, grave } from './axe';
import { newGameFromMenu, openMenu, press, screen, settle, useChromium, waitScene, watchReplayOf } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/*
 * Screen readers get the game as text beside the canvas (src/scenes/screenText.ts),
 * and axe-core finds no critical or serious violation on the menu, the
 * board, the hand-over card or the ending.
 */

/** The text layer's words (it is visually hidden, so its text content, not what is painted). */
const layer = (page: Page) => page.evaluate(() => document.getElementById('screen-text')?.textContent ?? '');

test('the menu has no critical or serious axe violation, and every control has a name', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-scenario', 'custom');
  expect(grave(await axeViolations(page))).toEqual([]);
  expect(await page.locator('main').count()).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the board reads as text: the panel\'s facts, every region with its holder and what the player may do there, the keys; each event is announced in the live log', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'reader-1', level: 'greedy' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()?.phase === 'operations');
  await settle(page);
  expect(grave(await axeViolations(page))).toEqual([]);
  // The canvas is hidden from screen readers; the text beside it says what it shows.
  expect(await page.getAttribute('#game', 'aria-hidden')).toBe('true');
  const view = await page.evaluate(() => window.euphrates!.view()!.rules.scenario.regions.map((r) => r.name));
  const regionTexts = await page.evaluate(() => {
    const regions = [...document.querySelectorAll('#screen-text section')].find((s) => s.querySelector('h2')?.textContent === 'Regions');
    return [...(regions?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
  });
  expect(regionTexts.length).toBe(view.length);
  for (const [i, name] of view.entries()) expect(regionTexts[i]).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.*\\): held by `));
  const text = await layer(page);
  expect(text).toContain('Operations: Coalition (human)');
  expect(text).toContain('Victory margins');
  expect(text).toMatch(/E: End phase/);

  // Selecting a stack names the regions it may attack, as the rings on the board do.
  const attack = (await page.evaluate(() => window.euphrates!.legal())).find((a) => a.type === 'attack') as { from: string; to: string } | undefined;
  expect(attack).toBeDefined();
  const at = (await screen(page)).regions[attack!.from]!;
  await page.mouse.click(at.x, at.y);
  await settle(page);
  const toName = view[(await page.evaluate(() => window.euphrates!.view()!.rules.ids)).indexOf(attack!.to)]!;
  expect(await layer(page)).toContain(`${toName} (`);
  expect(await layer(page)).toMatch(/\(selected\)/);
  expect(await layer(page)).toMatch(/you may attack here/);

  // Ending the phase: the bots' actions are announced in the log, in the rules' words.
  const before = await page.locator('#screen-text-log p').count();
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition' && window.euphrates!.state()!.turn === 2, undefined, { timeout: 30_000 });
  await settle(page);
  const log = await page.locator('#screen-text-log p').allTextContents();
  expect(log.length).toBeGreaterThan(before);
  expect(log.some((l) => /^T1 Regime operations/.test(l))).toBe(true);
  expect(log.some((l) => /^T2 /.test(l))).toBe(true);
  expect(await page.getAttribute('#screen-text-log', 'aria-live')).toBe('polite');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('behind the hand-over card the text layer says only the card, and axe finds nothing grave', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await newGameFromMenu(page, { humans: ['coalition', 'islamicState'], seed: 'reader-2', level: 'greedy' });
  await waitScene(page, 'HandOver');
  await settle(page);
  expect(grave(await axeViolations(page))).toEqual([]);
  const text = await layer(page);
  expect(text).toContain('Hand over to Coalition');
  const names = await page.evaluate(() => window.euphrates!.view()!.rules.scenario.regions.map((r) => r.name));
  for (const name of names) expect(text).not.toContain(name);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the ending reads as text (the verdict, each leader\'s fate, the margins, the keys) with no grave axe violation', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await watchReplayOf(page, randomGame(buildRules(builtinScenario()), 'reader-ending'));
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  await settle(page);
  expect(grave(await axeViolations(page))).toEqual([]);
  const text = await layer(page);
  expect(text).toMatch(/wins|draw/i);
  expect(text).toContain('Abu Bakr al-Baghdadi');
  expect(text).toMatch(/margin/);
  expect(text).toContain('P: Play again');
  expect(errors).toEqual([]);
  await page.context().close();
});
