import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRules, exportReplay } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { idbAll } from './autosave';
import { clickButton, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/*
 * Dice a player cannot foresee, a game anyone can verify. The attack of
 * issue 16: the menu showed the seed, and from it every die of the game
 * (the next search roll, in 5 games of 5) could be worked out in advance.
 */

/** Everything the menu shows or holds before a game starts: its text, every field's value, what the page stored. */
async function everythingShown(page: Page): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
    const words = document.body.innerText.split(/[\s“”"'(),.:;]+/);
    return [...values, ...words, ...Object.values({ ...localStorage })].filter((s) => s.length > 0);
  });
  // The autosave lives in IndexedDB: its records too.
  return [...shown, ...(await idbAll(page)).map(String)];
}

async function commitmentShown(page: Page): Promise<string> {
  await page.waitForSelector('#me-commitment-hash');
  return (await page.textContent('#me-commitment-hash'))!;
}

test('the menu shows the secret seed\'s commitment, never the seed: in 5 games of 5 nothing on the menu is the seed the dice come from', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-speed', 'instant');
  const seeds = new Set<string>();
  for (let game = 0; game < 5; game++) {
    const commitment = await commitmentShown(page);
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    const shown = await everythingShown(page);
    await page.click('#me-new');
    await waitScene(page, 'Game');
    // The debugger's view of the seed (?debug): what the dice of this game follow from.
    const seed = await page.evaluate(() => window.euphrates!.state()!.seed);
    expect(seed).toMatch(/^[0-9a-f]{32}$/);
    expect(shown).not.toContain(seed);
    expect(shown.some((s) => s.includes(seed))).toBe(false);
    expect(sha256(seed)).toBe(commitment);
    expect((await screen(page)).dice).toBe(`Dice: secret seed, committed as SHA-256 ${commitment.slice(0, 16)}… (the seed is shown when the game ends).`);
    seeds.add(seed);
    if (game === 0) await page.screenshot({ path: shotPath('dice-committed') });
    await press(page, 'q');
    await waitScene(page, 'Menu');
  }
  expect(seeds.size).toBe(5);
  await page.screenshot({ path: shotPath('menu-commitment') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a game on a secret seed reveals it at the end; the seed hashes to the commitment shown, and its replay carries the commitment the viewer checks', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-level', 'random');
  await page.selectOption('#me-speed', 'instant');
  const commitment = await commitmentShown(page);
  await page.click('#me-new');
  await waitScene(page, 'GameOver', 90_000);
  const seed = await page.evaluate(() => window.euphrates!.state()!.seed);
  const line = `Seed “${seed}”: its SHA-256 ${commitment} matches the commitment shown before the first die.`;
  await page.waitForFunction((l) => window.euphrates!.screen().dice === l, line);
  await page.screenshot({ path: shotPath('game-over-seed') });
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'export')]);
  const replay = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(replay).toMatchObject({ seed, commitment });
  await press(page, 'm');
  await waitScene(page, 'Menu');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(await download.path());
  await waitScene(page, 'Replay');
  await page.waitForFunction((l) => window.euphrates!.screen().dice === l, line);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the replay viewer says so when a replay\'s seed is not the one its commitment promised', async () => {
  const final = randomGame(buildRules(builtinScenario()), 'dice-forged');
  const dir = mkdtempSync(join(tmpdir(), 'euphrates-dice-'));
  const forged = join(dir, 'forged.replay.json');
  // The commitment of another seed: the file replays (its hash is its own), but these are not the dice promised.
  writeFileSync(forged, JSON.stringify(exportReplay(final, sha256('another seed'))));
  const { page, errors } = await openMenu(browser(), baseUrl);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(forged);
  await waitScene(page, 'Replay');
  await page.waitForFunction(() => /does NOT match the commitment/.test(window.euphrates!.screen().dice ?? ''));
  expect((await screen(page)).dice).toBe(`Seed “dice-forged” does NOT match the commitment ${sha256('another seed')}: these are not the dice that were promised.`);
  await page.screenshot({ path: shotPath('replay-forged-seed') });
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  await page.waitForFunction(() => /does NOT match/.test(window.euphrates!.screen().dice ?? ''));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Play this seed: a shared seed starts a fresh game on exactly those dice, and the menu and the table say the dice are known', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  expect(await page.textContent('#me-dice-known')).toBe('');
  await page.fill('#me-seed', 'shared-seed-1');
  expect(await page.textContent('#me-dice-known')).toBe('The dice are known: anyone who knows this seed can foresee every roll of the game. The secret seed above is not used.');
  await page.screenshot({ path: shotPath('menu-shared-seed') });
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  expect(await page.evaluate(() => window.euphrates!.state()!.seed)).toBe('shared-seed-1');
  expect((await screen(page)).dice).toBe('Dice known: a player chose this game\'s seed, so anyone who has it can foresee every roll.');
  expect(errors).toEqual([]);
  await page.context().close();
});
