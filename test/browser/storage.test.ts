import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { apply, hash, legalActions, loadGame, newGame, saveGame, sizeOf, toArray, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { autosaveRecord, BACKUP, gameIn, idbGet, idbPut, KEY, PREVIOUS } from './autosave';
import { openMenu, openPage, playOneAction, press, screen, useChromium, waitScene, withDebug } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const CONFIG = { seats: { coalition: 'human', regime: 'bot', islamicState: 'bot' }, botLevel: 'greedy', speed: 'instant' };
const CORRUPT = '{"config":{},"save":"{\\"format\\":\\"middle-euphrates/save\\",\\"version\\":3,\\"state\\":{}}"}';

/** A game of the built-in scenario after `n` of the Coalition's first actions (the first legal one each time, never ending its phase), as the rules make it in Node. */
function gameAfter(seed: string, n: number): GameState {
  let s = newGame(builtinScenario(), seed);
  for (let i = 0; i < n; i++) {
    const r = apply(s, legalActions(s, s.active).find((a) => a.type !== 'endPhase')!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

async function startGame(page: import('playwright-core').Page): Promise<void> {
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
}

test.each([
  ['IndexedDB', 'idb'],
  ['localStorage (an autosave of an earlier page)', 'local'],
])('a corrupt autosave in %s is refused with a message and left in place', async (_where, where) => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  if (where === 'idb') await idbPut(page, KEY, CORRUPT);
  else await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, CORRUPT]);
  await page.reload();
  await waitScene(page, 'Menu');
  await page.click('#me-continue');
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toMatch(/^The autosave was refused: Save file field scenario/);
  expect((await screen(page)).scene).toBe('Menu');
  // Kept where it was (an earlier page's one is also brought over to IndexedDB as it is, to be kept aside there before the first overwrite).
  expect(await idbGet(page, KEY)).toBe(CORRUPT);
  if (where === 'local') expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(CORRUPT);
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
  // Those versions autosaved to localStorage, unsealed.
  const autosave = JSON.stringify({ config: CONFIG, save: text });
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
  expect(await idbGet(page, KEY)).toBe(autosave);
  // ... and a new game keeps it aside before its first autosave.
  await startGame(page);
  await playOneAction(page);
  const stored = gameIn(await idbGet(page, KEY));
  expect(stored && hash(stored)).toBe(await page.evaluate(() => window.euphrates!.hash()));
  expect(await idbGet(page, BACKUP)).toBe(autosave);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(autosave);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an autosave an earlier page left in localStorage is brought over on the first load: Continue resumes it exactly, and localStorage keeps its copy', async () => {
  const game = gameAfter('migrate-1', 3);
  expect(game.active).toBe('coalition');
  const record = autosaveRecord(saveGame(game), CONFIG);
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, record]);
  await page.reload();
  await waitScene(page, 'Menu');
  expect(await page.textContent('#me-continue')).toBe(`Continue: turn ${game.turn}, ${game.active}`);
  expect(await idbGet(page, KEY)).toBe(record);
  await page.click('#me-continue');
  await waitScene(page, 'Game');
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(hash(game));
  expect(await page.evaluate(() => window.euphrates!.screen().actions)).toBe(sizeOf(game.actions));
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(record);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('each autosave keeps the one it replaces; when the newest is refused, Continue offers the one before it and the refused one is kept aside', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await startGame(page);
  await playOneAction(page);
  await playOneAction(page);
  const newest = gameIn(await idbGet(page, KEY));
  const previous = gameIn(await idbGet(page, PREVIOUS));
  expect(newest && hash(newest)).toBe(await page.evaluate(() => window.euphrates!.hash()));
  // The last good save is a whole game too, a prefix of the newest.
  expect(previous).not.toBeNull();
  const before = toArray(previous!.actions);
  expect(before.length).toBeLessThan(sizeOf(newest!.actions));
  expect(toArray(newest!.actions).slice(0, before.length)).toEqual(before);

  await idbPut(page, KEY, CORRUPT);
  await page.goto(withDebug(baseUrl));
  await waitScene(page, 'Menu');
  expect(await page.textContent('#me-continue')).toBe(`Continue: turn ${previous!.turn}, ${previous!.active} (the autosave before the newest)`);
  expect(await page.textContent('#me-message')).toMatch(/^The autosave was refused: Save file field scenario.*The autosave before it is offered instead; the refused one is kept\.$/);
  await page.click('#me-continue');
  await waitScene(page, 'Game');
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(hash(previous!));
  await playOneAction(page);
  expect(await idbGet(page, BACKUP)).toBe(CORRUPT);
  expect(gameIn(await idbGet(page, PREVIOUS)) && hash(gameIn(await idbGet(page, PREVIOUS))!)).toBe(hash(previous!));
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the board shows an action only once its autosave has committed: while the write waits, the board and its message stay as they were', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await startGame(page);
  await playOneAction(page);
  const before = await screen(page);
  // A transaction of the test's own on the autosave store, kept alive: the game's next write queues behind it.
  await page.evaluate(
    ([name, store]) =>
      new Promise<void>((ready) => {
        const open = indexedDB.open(name!, 1);
        open.onsuccess = () => {
          const held = open.result.transaction(store!, 'readwrite').objectStore(store!);
          (window as unknown as { hold: boolean }).hold = true;
          const spin = () => {
            if ((window as unknown as { hold: boolean }).hold) held.get('nothing').onsuccess = spin;
          };
          spin();
          ready();
        };
      }),
    ['middle-euphrates', 'autosave'],
  );
  const acted = await page.evaluate(() => {
    const e = window.euphrates!;
    const action = e.legal().find((a) => a.type !== 'endPhase')!;
    return e.act(action).ok;
  });
  expect(acted).toBe(true);
  await page.waitForTimeout(600);
  const waiting = await screen(page);
  expect(waiting.actions).toBe(before.actions);
  expect(waiting.message).toBe(before.message);
  expect(await page.evaluate(() => window.euphrates!.actions()!.length)).toBe(before.actions! + 1);
  await page.evaluate(() => ((window as unknown as { hold: boolean }).hold = false));
  await page.waitForFunction((n) => window.euphrates!.screen().actions === n, before.actions! + 1);
  expect(gameIn(await idbGet(page, KEY))?.actions?.size).toBe(before.actions! + 1);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a write the browser refuses halfway changes neither autosave, and the game says it cannot autosave', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await startGame(page);
  await playOneAction(page);
  await playOneAction(page);
  const before = [await idbGet(page, KEY), await idbGet(page, PREVIOUS)];
  expect(before.every((r) => gameIn(r) !== null)).toBe(true);
  // The last good save goes in first; the newest is refused.
  await page.evaluate((key) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, k?: IDBValidKey) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, k);
    };
  }, KEY);
  await playOneAction(page);
  expect((await screen(page)).notes).toContain('Cannot autosave: the browser refused to store the game (QuotaExceededError).');
  expect([await idbGet(page, KEY), await idbGet(page, PREVIOUS)]).toEqual(before);
  expect(errors).toEqual([]);
  await page.context().close();
});

test.each([
  [
    'disabled',
    () => {
      for (const name of ['indexedDB', 'localStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    },
  ],
  [
    'full',
    () => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
])('with storage %s the game still plays and says it cannot autosave', async (_how, breakStorage) => {
  const { page, errors } = await openPage(browser(), baseUrl);
  await page.addInitScript(breakStorage);
  await page.goto(withDebug(baseUrl));
  await waitScene(page, 'Menu');
  await startGame(page);
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.turn === 2 && window.euphrates!.state()!.active === 'coalition');
  await page.waitForFunction(() => window.euphrates!.screen().actions === window.euphrates!.actions()!.length);
  expect((await screen(page)).notes).toEqual(expect.arrayContaining([expect.stringMatching(/[Cc]annot autosave/)]));
  expect(errors).toEqual([]);
  await page.context().close();
});
