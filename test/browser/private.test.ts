import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { Leader, ObservedLeader } from '../../src/rules';
import { fromBase64, toBase64 } from '../../src/seal/cipher';
import { openPrivateSave, readPrivateSave } from '../../src/seal/privateSave';
import { idbGet, KEY } from './autosave';
import { clickRegion, observation, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const PASS = 'equal stakes, quiet river';

test('Islamic State seals a private save for the Coalition after a secret move: the file shows only the Coalition\'s view, refuses a changed copy and a wrong passphrase, and opens with the right one as the same game', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-seat-coalition', 'bot');
  await page.selectOption('#me-seat-islamicState', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.fill('#me-seed', 'browser-private-1');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'islamicState' && window.euphrates!.state()!.phase === 'operations', null, { timeout: 30_000 });
  await press(page, 'e');
  await page.waitForFunction(() => window.euphrates!.state()!.phase === 'leaders');

  // A leader moves in secret, by clicks.
  const v = await observation(page);
  const atLarge = (l: ObservedLeader): l is Extract<Leader, { status: 'atLarge' }> => l.status === 'atLarge';
  const leader = v.leaders.find(atLarge)!;
  const legal = await page.evaluate(() => window.euphrates!.legal());
  const move = legal.find((a) => a.type === 'moveLeader' && a.leader === leader.id && a.to !== leader.at);
  if (move?.type !== 'moveLeader') throw new Error('no leader move');
  await press(page, 'Escape');
  await clickRegion(page, leader.at);
  await clickRegion(page, move.to);
  await page.waitForFunction(() => window.euphrates!.screen().actions === window.euphrates!.actions()!.length);
  const hash = await page.evaluate(() => window.euphrates!.hash());

  // P opens the dialog; what is typed there never reaches the table's keys (e ends a phase, q leaves, s searches).
  await press(page, 'p');
  await page.waitForSelector('#seal-form');
  expect(await page.inputValue('#seal-side')).toBe('islamicState');
  await page.selectOption('#seal-side', 'coalition');
  await page.click('#seal-pass-islamicState');
  await page.keyboard.type(PASS);
  await page.fill('#seal-again-islamicState', `${PASS}!`);
  await page.click('#seal-submit');
  await page.waitForFunction(() => document.querySelector('#seal-error')?.textContent === 'The two Islamic State passphrases differ.');
  await page.fill('#seal-pass-islamicState', 'short');
  await page.fill('#seal-again-islamicState', 'short');
  await page.click('#seal-submit');
  await page.waitForFunction(() => document.querySelector('#seal-error')?.textContent === "Islamic State's passphrase must be at least 8 characters.");
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(hash);
  expect((await screen(page)).scene).toBe('Game');
  await page.fill('#seal-pass-islamicState', PASS);
  await page.fill('#seal-again-islamicState', PASS);
  await page.screenshot({ path: shotPath('private-save') });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#seal-submit')]);
  expect(download.suggestedFilename()).toBe('middle-euphrates-turn-1-for-coalition.private.json');
  await page.waitForSelector('#seal', { state: 'detached' });
  const text = readFileSync((await download.path())!, 'utf8');

  // In plain: the Coalition's view only. The leader that moved is an id and where it was last seen; no seed, no action.
  const file = readPrivateSave(text);
  if (!file?.ok) throw new Error('not read');
  const { sealed, ...plain } = file.value;
  const seed = await page.evaluate(() => window.euphrates!.state()!.seed);
  expect(JSON.stringify(plain)).not.toContain(seed);
  expect(JSON.stringify(plain)).not.toMatch(/moveLeader|leaderMoved|"heat"/);
  const seen = plain.view.leaders.find((l) => l.id === leader.id)!;
  expect(seen).toEqual({ id: leader.id, status: 'hidden', lastSeen: leader.lastSeen });
  expect(Object.keys(sealed)).toEqual(['islamicState']);
  // Sealed in the browser, it opens in Node with the passphrase as the game on the page.
  const inNode = await openPrivateSave(file.value, PASS);
  expect(inNode.ok).toBe(true);

  await press(page, 'q');
  await waitScene(page, 'Menu');
  const autosave = await idbGet(page, KEY);
  const open = async (name: string, body: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-load')]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.waitForSelector('#seal-form');
  };
  const refusal = async (passphrase: string) => {
    await page.fill('#seal-pass-islamicState', passphrase);
    await page.click('#seal-submit');
    await page.waitForFunction(() => !['', 'Working…'].includes(document.querySelector('#seal-error')?.textContent ?? ''), null, { timeout: 60_000 });
    return page.textContent('#seal-error');
  };

  // A copy with one byte of the ciphertext changed is refused, whoever opens it; nothing changes.
  const data = fromBase64(sealed.islamicState!.data)!;
  data[100]! ^= 1;
  await open('changed.private.json', JSON.stringify({ ...file.value, sealed: { islamicState: { ...sealed.islamicState!, data: toBase64(data) } } }));
  expect(await page.textContent('#seal-intro')).toBe("A private save for the Coalition: turn 1, Islamic State's leader phase. Islamic State's secrets are sealed in it. Only Islamic State's passphrase opens it to play on.");
  expect(await refusal(PASS)).toBe('This private save was changed after it was sealed: nothing was loaded.');
  await page.click('#seal-cancel');
  expect(await page.textContent('#me-message')).toBe("A private save for the Coalition: turn 1, Islamic State's leader phase. Islamic State's secrets are sealed in it.");

  // The real file with a wrong passphrase: refused in one line; then the right one opens the very game.
  await open('for-coalition.private.json', text);
  expect(await refusal('equal stakes, quiet rivers')).toBe('Wrong passphrase for Islamic State (or its seal was changed): nothing was loaded.');
  await page.screenshot({ path: shotPath('private-open-refused') });
  expect((await screen(page)).scene).toBe('Menu');
  expect(await idbGet(page, KEY)).toBe(autosave);
  await page.fill('#seal-pass-islamicState', PASS);
  await page.click('#seal-submit');
  await waitScene(page, 'Game', 60_000);
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(hash);
  expect(errors).toEqual([]);
  await page.context().close();
});
