import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Action, Side } from '../../src/rules';
import { fixtureScenario } from '../fixtures/scenario';
import { newGameFromMenu, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const legal = (page: Page) => page.evaluate(() => window.euphrates!.legal());
const lastAction = (page: Page) => page.evaluate(() => window.euphrates!.actions()!.at(-1));

async function myTurn(page: Page, side: Side): Promise<void> {
  await page.waitForFunction((s) => {
    const st = window.euphrates!.state();
    return !!st && st.active === s && st.phase === 'operations';
  }, side, { timeout: 30_000 });
}

/** Arrow keys, and only arrow keys, until the cursor is on `target`: each press steps towards it on the screen. */
async function steer(page: Page, target: string): Promise<void> {
  for (let k = 0; k < 16; k++) {
    const info = await screen(page);
    if (info.cursor === target) return;
    const here = info.regions[info.cursor ?? info.selected ?? target]!;
    const there = info.regions[target]!;
    const dx = there.x - here.x;
    const dy = there.y - here.y;
    // The larger way first; on a tie, or when that way is blocked, the other.
    const keys = Math.abs(dx) >= Math.abs(dy) ? [dx > 0 ? 'ArrowRight' : 'ArrowLeft', dy > 0 ? 'ArrowDown' : 'ArrowUp'] : [dy > 0 ? 'ArrowDown' : 'ArrowUp', dx > 0 ? 'ArrowRight' : 'ArrowLeft'];
    await press(page, keys[0]!);
    if ((await screen(page)).cursor === info.cursor) await press(page, keys[1]!);
  }
  throw new Error(`the cursor never reached ${target}`);
}

/** Tab, and only Tab, until the selection is on `region`. */
async function tabTo(page: Page, region: string): Promise<void> {
  for (let k = 0; k < 20 && (await screen(page)).selected !== region; k++) await press(page, 'Tab');
  expect((await screen(page)).selected).toBe(region);
}

/** A whole operations phase with keys only: a move, an attack (previewed, then rolled), a search of a region the side does not hold, and E. */
async function playTurnByKeys(page: Page, side: Side, shot: string): Promise<void> {
  await myTurn(page, side);

  // A move.
  const move = (await legal(page)).find((a): a is Extract<Action, { type: 'move' }> => a.type === 'move');
  expect(move).toBeDefined();
  await tabTo(page, move!.from);
  await steer(page, move!.to);
  expect((await screen(page)).message).toMatch(/^Cursor: .+\. Enter moves there;/);
  await page.screenshot({ path: shotPath(shot) });
  await press(page, 'Enter');
  expect(await lastAction(page)).toMatchObject({ type: 'move', side, from: move!.from, to: move!.to });

  // An attack: previewed with Enter, made with Enter.
  await press(page, 'Escape');
  const attack = (await legal(page)).find((a): a is Extract<Action, { type: 'attack' }> => a.type === 'attack');
  expect(attack).toBeDefined();
  await tabTo(page, attack!.from);
  await steer(page, attack!.to);
  await press(page, 'Enter');
  expect((await screen(page)).message).toMatch(/^Attack preview: /);
  await press(page, 'Enter');
  expect(await lastAction(page)).toEqual({ type: 'attack', side, from: attack!.from, to: attack!.to });

  // A search of a region the side does not hold: the cursor, Enter to select it, S.
  await press(page, 'Escape');
  const search = (await legal(page)).find((a): a is Extract<Action, { type: 'search' }> => a.type === 'search' && a.region !== attack!.from);
  expect(search).toBeDefined();
  await steer(page, search!.region);
  await press(page, 'Enter');
  expect((await screen(page)).selected).toBe(search!.region);
  await press(page, 's');
  expect(await lastAction(page)).toEqual({ type: 'search', side, region: search!.region });

  // And the phase ends with E.
  const before = (await page.evaluate(() => window.euphrates!.actions()!.length));
  await press(page, 'e');
  // The action after the search is the side's end of phase (the bots after it may already have played on, at instant speed).
  const after = await page.evaluate(() => window.euphrates!.actions()!);
  expect(after.length).toBeGreaterThan(before);
  expect(after[before]).toEqual({ type: 'endPhase', side });
}

test('a whole Regime turn with the keyboard alone on the built-in map: Tab picks a stack, the arrows a destination or target, Enter moves, previews and attacks, S searches the cursor\'s region', async () => {
  const watched = await openMenu(browser(), baseUrl);
  const { page } = watched;
  // On the built-in map the Coalition's first week has no legal move, only attacks (Raqqa bars every road): the Regime's has all three.
  await newGameFromMenu(page, { humans: ['regime'], seed: 'keyboard-1', level: 'greedy' });
  await waitScene(page, 'Game');
  await playTurnByKeys(page, 'regime', 'keyboard-cursor');
  expect(watched.errors).toEqual([]);
  await page.context().close();
});

test('a whole Coalition turn with the keyboard alone (a move, an attack, a search, E) on a scenario whose first week offers all three', async () => {
  const watched = await openMenu(browser(), baseUrl);
  const { page } = watched;
  // The test fixture's scenario, as JSON in the menu's document box: its Coalition can move, attack and search in week 1.
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', JSON.stringify(fixtureScenario()));
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'keyboard-2' });
  await waitScene(page, 'Game');
  await playTurnByKeys(page, 'coalition', 'keyboard-coalition');
  expect(watched.errors).toEqual([]);
  await page.context().close();
});
