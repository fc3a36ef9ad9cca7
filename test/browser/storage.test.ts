import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { hash, loadGame } from '../../src/rules';
import { openMenu, openPage, playOneAction, press, screen, useChromium, waitScene, withDebug } from './harness';

const baseUrl = inject('baseUrl');
const KEY = 'middle-euphrates/autosave';
const BACKUP = 'middle-euphrates/autosave-unreadable';
const browser = useChromium();

test('a corrupt autosave is refused with a message and left in place', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.evaluate((key) => localStorage.setItem(key, '{"config":{},"save":"{\\"format\\":\\"middle-euphrates/save\\",\\"version\\":3,\\"state\\":{}}"}'), KEY);
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toMatch(/^The autosave was refused: Save file field scenario/);
  expect((await screen(page)).scene).toBe('Menu');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('"state\\":{}');
  expect(errors).toEqual([]);
  await page.context().close();
});

// test/browser/save-v1.json: a save file written by the version-1 engine, turn 3, the Coalition to move; as version 2, the same with its version changed.
const V1 = readFileSync('test/browser/save-v1.json', 'utf8');
const V2 = JSON.stringify({ ...JSON.parse(V1), version: 2 });

test.each([
  [1, V1],
  [2, V2],
])('an autosave of format version %i (the rules before the manhunt) is refused with the rules\' sentence, kept, and set aside when a new game starts', async (version, text) => {
  expect(JSON.parse(text).version).toBe(version);
  const loaded = loadGame(text);
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  const { page, errors } = await openMenu(browser(), baseUrl);
  const config = { seats: { coalition: 'human', regime: 'bot', islamicState: 'bot' }, botLevel: 'greedy', speed: 'instant' };
  const autosave = JSON.stringify({ config, save: text });
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, autosave]);
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toBe(`The autosave was refused: ${loaded.error}`);
  expect(loaded.error).toMatch(new RegExp(`format version ${version}.*earlier rules.*Start a new game`));
  expect((await screen(page)).scene).toBe('Menu');
  // Nothing is lost: the old autosave stays as it was ...
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(autosave);
  // ... and a new game keeps it aside before its first autosave.
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  await playOneAction(page);
  const stored = await page.evaluate(([key, backup]) => {
    const sealed = JSON.parse(localStorage.getItem(key!)!).sealed as string;
    return { save: JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0)))), backup: localStorage.getItem(backup!) };
  }, [KEY, BACKUP]);
  expect(stored.save).toMatchObject({ format: 'middle-euphrates/save', version: 3 });
  expect(stored.backup).toBe(autosave);
  const again = loadGame(JSON.stringify(stored.save));
  expect(again.ok && hash(again.value)).toBe(await page.evaluate(() => window.euphrates!.hash()));
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
  await page.goto(withDebug(baseUrl));
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
