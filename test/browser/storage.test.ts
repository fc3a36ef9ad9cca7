import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { hash, loadGame } from '../../src/rules';
import { openMenu, openPage, playOneAction, press, screen, settle, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const KEY = 'middle-euphrates/autosave';
const browser = useChromium();

test('a corrupt autosave is refused with a message and left in place', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.evaluate((key) => localStorage.setItem(key, '{"config":{},"save":"{\\"format\\":\\"middle-euphrates/save\\",\\"version\\":1,\\"state\\":{}}"}'), KEY);
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toMatch(/^The autosave was refused: Save file field state/);
  expect((await screen(page)).scene).toBe('Menu');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('"state\\":{}');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an autosave in the old format (version 1, written by the previous engine) still continues, and is rewritten as version 2', async () => {
  // test/browser/save-v1.json: a save file written by the version-1 engine, turn 3, the Coalition to move.
  const v1 = readFileSync('test/browser/save-v1.json', 'utf8');
  expect(JSON.parse(v1).version).toBe(1);
  const loaded = loadGame(v1);
  if (!loaded.ok) throw new Error(loaded.error);
  expect(loaded.migratedFrom).toBe(1);
  const { page, errors } = await openMenu(browser(), baseUrl);
  const config = { seats: { coalition: 'human', regime: 'bot', islamicState: 'bot' }, botLevel: 'greedy', speed: 'instant' };
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, JSON.stringify({ config, save: v1 })]);
  await page.reload();
  await waitScene(page, 'Menu');
  expect(await page.textContent('#me-continue')).toContain('turn 3');
  await page.click('#me-continue');
  await waitScene(page, 'Game');
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(hash(loaded.value));
  await playOneAction(page);
  const stored = await page.evaluate((key) => {
    const sealed = JSON.parse(localStorage.getItem(key)!).sealed as string;
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0))));
  }, KEY);
  expect(stored).toMatchObject({ format: 'middle-euphrates/save', version: 2, seed: loaded.value.seed });
  expect(stored.actions.length).toBe(36 + 1);
  expect(errors).toEqual([]);
  await page.context().close();
});

test.each([
  [
    'disabled',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  ],
  [
    'full',
    () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
])('with storage %s the game still plays and says it cannot autosave', async (_how, breakStorage) => {
  const { page, errors } = await openPage(browser(), baseUrl);
  await page.addInitScript(breakStorage);
  await page.goto(baseUrl);
  await waitScene(page, 'Menu');
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.turn === 2 && window.euphrates!.state()!.active === 'coalition');
  expect((await screen(page)).notes).toEqual(expect.arrayContaining([expect.stringMatching(/[Cc]annot autosave/)]));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('hot-seat: between two humans a hand-over screen hides the board until the next player clicks', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-regime', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  expect(await page.evaluate(() => window.euphrates!.view()!.viewer)).toBe('coalition');
  await press(page, 'e');
  await waitScene(page, 'HandOver');
  expect(Object.keys((await screen(page)).regions)).toEqual([]);
  await page.mouse.click(300, 300);
  await settle(page);
  await waitScene(page, 'Game');
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
