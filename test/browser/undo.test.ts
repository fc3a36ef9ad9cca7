import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { expect, inject, test } from 'vitest';
import { apply, buildRules, canUndo, legalActions, newGame, observe, regionOptions, saveGame, type Action, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { clickRegion, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const rules = buildRules(builtinScenario());

type Move = Extract<Action, { type: 'move' }>;

/**
 * A position of random play, the Coalition to move with leaders hidden, where one whole-stack
 * move (what two clicks make) takes a region the Coalition does not hold and
 * another stays on its own ground: the probe of issue 16, and a move that
 * may be taken back.
 */
function probePosition(): { state: GameState; probe: Move; own: Move } {
  for (let k = 0; k < 400; k++) {
    const pick = seedrandom(`undo-probe:${k}`);
    let s = newGame(rules, `undo-probe-${k}`);
    for (let n = 0; n < 400 && s.phase !== 'over'; n++) {
      const hidden = s.leaders.some((l) => l.status === 'atLarge' && !l.revealed);
      if (hidden && s.active === 'coalition' && s.phase === 'operations' && s.ap > 0) {
        const moves: Move[] = [];
        for (const [from, o] of regionOptions(observe(s, 'coalition'), 'coalition')) for (const [to, strength] of o.moves) moves.push({ type: 'move', side: 'coalition', from, to, strength });
        const takes = (m: Move) => {
          const r = apply(s, m);
          return r.ok && r.events.some((e) => e.type === 'regionTaken');
        };
        const probe = moves.find(takes);
        const own = moves.find((m) => !takes(m) && m.from !== probe?.from);
        if (probe && own) return { state: s, probe, own };
      }
      const legal = legalActions(s, s.active);
      const r = apply(s, legal[Math.floor(pick() * legal.length)]!);
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    }
  }
  throw new Error('no position with a Coalition move into a region it does not hold');
}

test('the issue\'s probe in the page: a move into a region the Coalition does not hold cannot be undone, whatever it found; a move within its own ground can', async () => {
  const { state, probe, own } = probePosition();
  const after = apply(state, probe);
  expect(after.ok && canUndo(state, after.state, after.events)).toBe(false);
  const file = join(mkdtempSync(join(tmpdir(), 'euphrates-undo-')), 'probe.save.json');
  writeFileSync(file, saveGame(state));

  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-speed', 'instant');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-load')]);
  await chooser.setFiles(file);
  await waitScene(page, 'Game');
  const actions = () => page.evaluate(() => window.euphrates!.actions()!.length);
  const start = await actions();

  await press(page, 'Escape');
  await clickRegion(page, probe.from);
  await clickRegion(page, probe.to);
  expect((await page.evaluate(() => window.euphrates!.actions()!.at(-1)))).toEqual(probe);
  const moved = await page.evaluate(() => window.euphrates!.hash());
  expect((await screen(page)).buttons.undo).toMatchObject({ enabled: false });
  await page.screenshot({ path: shotPath('undo-refused') });
  await press(page, 'u');
  expect((await screen(page)).message).toBe('Nothing to undo: an action that rolled dice, took a region, found a leader or ended a phase cannot be taken back.');
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(moved);
  expect(await actions()).toBe(start + 1);

  await press(page, 'Escape');
  await clickRegion(page, own.from);
  await clickRegion(page, own.to);
  expect((await page.evaluate(() => window.euphrates!.actions()!.at(-1)))).toEqual(own);
  expect((await screen(page)).buttons.undo).toMatchObject({ enabled: true });
  await press(page, 'u');
  expect(await page.evaluate(() => window.euphrates!.hash())).toBe(moved);
  expect(errors).toEqual([]);
  await page.context().close();
});
