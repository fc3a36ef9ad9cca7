import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { buildRules, exportReplay, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { expectGameOverScreen, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** The first such game in which the Regime catches a leader and the Coalition another: the screen must credit each to its captor. */
function gameWithBothCaptors(): GameState {
  const rules = buildRules(builtinScenario());
  for (let k = 1; k <= 60; k++) {
    const s = randomGame(rules, `gameover-${k}`);
    const captors = s.leaders.flatMap((l) => (l.status === 'captured' ? [l.by] : []));
    if (captors.includes('regime') && captors.includes('coalition')) return s;
  }
  throw new Error('no random game with captures by both the Coalition and the Regime');
}

test('the game-over screen shows the margins, the verdict, and names the side that caught each leader, how, where and on which turn', async () => {
  const final = gameWithBothCaptors();
  const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), `${final.seed}.replay.json`);
  writeFileSync(file, JSON.stringify(exportReplay(final)));
  const actions = exportReplay(final).actions.length;

  const { page, errors } = await openMenu(browser(), baseUrl);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(file);
  await waitScene(page, 'Replay');
  // The viewer steps through the game with the events that led to each state.
  await press(page, 'End');
  expect((await screen(page)).message).toBe(`replay ${actions}/${actions}`);
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  const s = await expectGameOverScreen(page);
  expect(s.leaders.map((l) => l.status)).toEqual(final.leaders.map((l) => l.status));
  expect(s.result).toEqual(final.result);
  const notes = (await screen(page)).notes ?? [];
  expect(notes.some((n) => /: captured by the Regime in .+, turn \d+$/.test(n))).toBe(true);
  expect(notes.some((n) => /: captured by the Coalition in .+, turn \d+$/.test(n))).toBe(true);
  await page.screenshot({ path: shotPath('game-over-captures') });
  expect(errors).toEqual([]);
  await page.context().close();
});
