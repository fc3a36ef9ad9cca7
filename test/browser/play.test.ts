import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Action } from '../../src/rules';
import { clickButton, clickRegion, gameState, launch, messageFromEvents, openMenu, playOneAction, press, screen, shotPath, verdict, waitScene, type Watched } from './harness';

const baseUrl = inject('baseUrl');
let browser: Browser;
let w: Watched;

/** A new game as the Coalition against greedy bots, on its own page. */
async function newGameOn(seed: string): Promise<Watched> {
  const opened = await openMenu(browser, baseUrl);
  await opened.page.selectOption('#me-speed', 'instant');
  await opened.page.selectOption('#me-level', 'greedy');
  await opened.page.fill('#me-seed', seed);
  await opened.page.click('#me-new');
  await waitScene(opened.page, 'Game');
  return opened;
}

beforeAll(async () => {
  browser = await launch();
  w = await newGameOn('browser-play-1');
});
afterAll(async () => {
  await browser?.close();
});

const state = (page: Page) => gameState(page);
const hash = (page: Page) => page.evaluate(() => window.euphrates!.hash()!);
const legal = (page: Page) => page.evaluate(() => window.euphrates!.legal());
const actions = (page: Page) => page.evaluate(() => window.euphrates!.actions()!);

/** Waits until the human Coalition may act (bots play instantly in between), or the game is over. */
async function coalitionTurn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = window.euphrates!.state();
    return !!s && (s.phase === 'over' || (s.active === 'coalition' && s.phase === 'operations'));
  }, null, { timeout: 30_000 });
  await page.waitForTimeout(50);
}

test('three turns played as the Coalition through clicks and keys on the canvas', async () => {
  const { page } = w;
  const startTurn = (await state(page)).turn;
  for (let t = 0; t < 3; t++) {
    await coalitionTurn(page);
    const before = await state(page);
    expect(before.phase).toBe('operations');
    for (let k = 0; k < 2 && (await state(page)).ap > 0; k++) {
      const done = (await actions(page)).length;
      const expected = await playOneAction(page);
      const now = await actions(page);
      expect(now.length).toBe(done + 1);
      expect(now[now.length - 1]).toEqual(expected);
      // The message is what the action's events tell the Coalition, in the rules' words.
      expect((await screen(page)).message).toBe(await messageFromEvents(page));
    }
    expect((await state(page)).ap).toBeLessThan(before.ap);
    if (t === 1) await clickButton(page, 'end');
    else await press(page, 'e');
    await page.waitForFunction((turn) => window.euphrates!.state()!.turn > turn || window.euphrates!.state()!.phase === 'over', before.turn);
  }
  expect((await state(page)).turn).toBeGreaterThanOrEqual(startTurn + 3);
  expect(w.errors).toEqual([]);
});

// These two need a first-week board (stacks that may move and fortify, an attack to preview), whatever the
// weeks the test above played did to the Coalition: each opens a game of its own.
test('an illegal click shows the rule\'s own sentence', async () => {
  const fresh = await newGameOn('browser-play-2');
  const { page } = fresh;
  await coalitionTurn(page);
  const s = await state(page);
  const { scenario } = s.rules;
  const ids = scenario.regions.map((r) => r.id);
  const adjacency = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const l of scenario.links) {
    adjacency.get(l.a)!.add(l.b);
    adjacency.get(l.b)!.add(l.a);
  }
  // A stack that may go somewhere, and an enemy region out of its reach.
  const stack = (await legal(page)).find((a) => a.type === 'move' || a.type === 'attack');
  expect(stack).toBeDefined();
  const from = stack!.type === 'move' || stack!.type === 'attack' ? stack!.from : '';
  const far = ids.find((id, i) => id !== from && !adjacency.get(from)!.has(id) && s.regions[i]!.units[2] > 0)!;
  expect(far).toBeDefined();
  const before = await hash(page);
  await press(page, 'Escape');
  await clickRegion(page, from);
  await clickRegion(page, far);
  const info = await screen(page);
  const fromName = scenario.regions[ids.indexOf(from)]!.name;
  const farName = scenario.regions[ids.indexOf(far)]!.name;
  expect(info.message).toBe(`${farName} is not linked to ${fromName}; units move one link at a time.`);
  expect(info.selected).toBe(from);
  expect(await hash(page)).toBe(before);
  // A region action with nothing selected is refused with a sentence too.
  await press(page, 'Escape');
  await press(page, 'f');
  expect((await screen(page)).message).toMatch(/Select a region first/);
  expect(fresh.errors).toEqual([]);
  await page.context().close();
});

test('undo takes back a move; an attack shows its odds before it is committed', async () => {
  const fresh = await newGameOn('browser-play-3');
  const { page } = fresh;
  await coalitionTurn(page);
  const before = await hash(page);
  const fortify = (await legal(page)).find((a) => a.type === 'fortify');
  expect(fortify).toBeDefined();
  if (fortify?.type === 'fortify') {
    await press(page, 'Escape');
    await clickRegion(page, fortify.region);
    await press(page, 'f');
    expect(await hash(page)).not.toBe(before);
    expect((await actions(page)).at(-1)).toEqual(fortify);
    await press(page, 'u');
    expect(await hash(page)).toBe(before);
  }
  const attacks = (await legal(page)).filter((a): a is Extract<Action, { type: 'attack' }> => a.type === 'attack');
  // The first week always offers one: Tabqa and Ain Issa face Raqqa.
  expect(attacks.length).toBeGreaterThan(0);
  if (attacks.length > 0) {
    const a = attacks[0]!;
    await press(page, 'Escape');
    // Retained rendering: selecting a stack redraws the regions whose rings changed (it, and where it may move or
    // attack), never the others; the board keeps what it drew of them.
    const draws = async () => (await screen(page)).regionDraws!;
    const drawsBefore = await draws();
    await clickRegion(page, a.from);
    const drawsAfter = await draws();
    const reach = new Set([a.from, ...(await legal(page)).flatMap((x) => ((x.type === 'move' || x.type === 'attack') && x.from === a.from ? [x.to] : []))]);
    const redrawn = Object.keys(drawsAfter).filter((id) => drawsAfter[id]! > drawsBefore[id]!);
    expect(redrawn).toContain(a.from);
    for (const id of redrawn) expect(reach.has(id), `${id} redrawn by selecting ${a.from}`).toBe(true);
    expect(redrawn.length).toBeLessThan(Object.keys(drawsAfter).length);
    await clickRegion(page, a.to);
    const info = await screen(page);
    expect(info.message).toMatch(/^Attack preview: \d+ against \d+, odds \d:\d/);
    expect(await hash(page)).toBe(before);
    await page.screenshot({ path: shotPath('board-attack-preview') });
    await press(page, 'Enter');
    const now = await actions(page);
    expect(now[now.length - 1]).toEqual(a);
    // The newest chapter of the Coalition's log holds the attack, and the message says what its events say.
    const newest = await page.evaluate(() => window.euphrates!.view()!.log!.item.events.map((e) => e.type));
    expect(newest).toContain('attacked');
    const message = (await screen(page)).message;
    expect(message).toBe(await messageFromEvents(page));
    expect(message).toMatch(/^Coalition attacks .+ rolled \d; the attacker loses \d, Islamic State loses \d\./);
    // The board shows the attack's dice beside the region attacked: odds column, die, both losses.
    const attacked = await page.evaluate(() => window.euphrates!.view()!.log!.item.events.find((e) => e.type === 'attacked')!);
    const cards = (await screen(page)).cards!;
    const card = cards.find((c) => c.region === a.to)!;
    expect(card, JSON.stringify(cards)).toBeDefined();
    if (attacked.type === 'attacked') {
      expect(card.roll).toBe(attacked.roll);
      expect(card.title).toMatch(new RegExp(`^Attack ${attacked.attackStrength} v ${attacked.defendStrength} at \\d:\\d`));
      expect(card.lines).toContain(`C ${attacked.attackerLoss ? `−${attacked.attackerLoss}` : '0'} · IS ${attacked.defenderLoss ? `−${attacked.defenderLoss}` : '0'}`);
    }
    // The legend keeps its corner at this size, and the card keeps off it.
    const legend = (await screen(page)).legend!;
    expect(legend).toBeTruthy();
    const apart = card.x >= legend.x + legend.w || card.x + card.w <= legend.x || card.y >= legend.y + legend.h || card.y + card.h <= legend.y;
    expect(apart).toBe(true);
    // Clear of the region it speaks of, and on the canvas.
    const target = (await screen(page)).regions[a.to]!;
    const inside = (x: number, y: number) => x >= card.x && x <= card.x + card.w && y >= card.y && y <= card.y + card.h;
    expect(inside(target.x, target.y)).toBe(false);
    const vp = page.viewportSize()!;
    expect(card.x >= 0 && card.y >= 0 && card.x + card.w <= vp.width && card.y + card.h <= vp.height).toBe(true);
    await page.screenshot({ path: shotPath('board-attack-dice') });
  }
  await page.screenshot({ path: shotPath('board') });
  expect(fresh.errors).toEqual([]);
  await page.context().close();
});

test('H shows the help card over the board, and any of its keys returns to the board', async () => {
  const { page } = w;
  await coalitionTurn(page);
  await press(page, 'h');
  await waitScene(page, 'Help');
  await page.screenshot({ path: shotPath('help') });
  await press(page, 'Escape');
  await waitScene(page, 'Game');
});

test('the debug API parses what it is given: a malformed action is refused naming the field, and nothing changes', async () => {
  const { page } = w;
  await coalitionTurn(page);
  const before = await hash(page);
  const missing = await page.evaluate(() => window.euphrates!.act({ type: 'move', side: 'coalition', from: 'a', to: 'b' }));
  expect(missing).toEqual({ ok: false, error: { code: 'ERR_MALFORMED', message: expect.stringMatching(/field "strength"/) } });
  const unknown = await page.evaluate(() => window.euphrates!.act({ type: 'teleport', side: 'coalition' }));
  expect(unknown).toEqual({ ok: false, error: { code: 'ERR_MALFORMED', message: expect.stringMatching(/field "type"/) } });
  const extra = await page.evaluate(() => window.euphrates!.act({ type: 'endPhase', side: 'coalition', secret: 1 }));
  expect(extra).toEqual({ ok: false, error: { code: 'ERR_MALFORMED', message: expect.stringMatching(/"secret"/) } });
  expect(await page.evaluate(() => window.euphrates!.act('end'))).toMatchObject({ ok: false, error: { code: 'ERR_MALFORMED' } });
  // A well-formed action the rules refuse comes back with the rule's own code.
  const illegal = await page.evaluate(() => window.euphrates!.act({ type: 'move', side: 'regime', from: 'a', to: 'b', strength: 1 }));
  expect(illegal).toMatchObject({ ok: false, error: { code: 'ERR_NOT_YOUR_PHASE' } });
  expect(await hash(page)).toBe(before);
});

test('reloading the page and choosing Continue resumes the same state hash', async () => {
  const { page } = w;
  const before = await hash(page);
  const turn = (await state(page)).turn;
  await page.reload();
  await waitScene(page, 'Menu');
  expect(await page.textContent('#me-continue')).toContain(`turn ${turn}`);
  await page.click('#me-continue');
  await waitScene(page, 'Game');
  expect(await hash(page)).toBe(before);
  expect(w.errors).toEqual([]);
});

test('a save file exported from the game loads again from the menu; a foreign file is refused and the game kept', async () => {
  const { page } = w;
  const before = await hash(page);
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'k')]);
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('middle-euphrates/save');
  await press(page, 'q');
  await waitScene(page, 'Menu');
  const [foreign] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-load')]);
  await foreign.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else","version":1}') });
  const message = await page.waitForSelector('#me-message.error');
  expect(await message.textContent()).toBe('notes.json: This is not a save file: "format" is "something-else", expected "middle-euphrates/save".');
  expect(await page.textContent('#me-continue')).toMatch(/^Continue: turn/);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-load')]);
  await chooser.setFiles(path);
  await waitScene(page, 'Game');
  expect(await hash(page)).toBe(before);
  expect(w.errors).toEqual([]);
});

test('the Coalition plays on to the end of the game and reaches the result screen', async () => {
  const { page } = w;
  for (let guard = 0; guard < 40; guard++) {
    await coalitionTurn(page);
    const s = await state(page);
    if (s.phase === 'over') break;
    if (s.ap > 0) await playOneAction(page);
    if ((await state(page)).phase === 'over') break;
    await press(page, 'e');
  }
  await waitScene(page, 'GameOver', 30_000);
  const s = await state(page);
  expect(s.phase).toBe('over');
  expect((await screen(page)).message).toBe(verdict(s.result!, s.rules.scenario));
  await page.screenshot({ path: shotPath('game-over-coalition') });
  expect(w.errors).toEqual([]);
}, 150_000);
