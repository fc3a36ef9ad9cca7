import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { loadReplay, runReplay } from '../../src/rules';
import { expectGameOverScreen, openMenu, press, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

// A golden game in which the Regime intercepts a leader and the Coalition another: the screen must credit each to its captor.
const GOLDEN = 'test/golden/builtin-2.replay.json';

test('the game-over screen names the side that actually captured each leader, where and on which turn', async () => {
  const replay = loadReplay(readFileSync(GOLDEN, 'utf8'));
  if (!replay.ok) throw new Error(replay.error);
  const final = runReplay(replay.value);
  if (!final.ok) throw new Error(final.error);
  const captors = final.value.leaders.flatMap((l) => (l.status === 'captured' ? [l.by] : []));
  expect(captors).toEqual(expect.arrayContaining(['regime', 'coalition']));

  const { page, errors } = await openMenu(browser(), baseUrl);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(GOLDEN);
  await waitScene(page, 'Replay');
  // The viewer steps through the game with the events that led to each state.
  await press(page, 'End');
  expect((await screen(page)).message).toBe(`replay ${replay.value.actions.length}/${replay.value.actions.length}`);
  await press(page, 'q');
  await waitScene(page, 'GameOver');
  const s = await expectGameOverScreen(page);
  expect(s.leaders.map((l) => l.status)).toEqual(final.value.leaders.map((l) => l.status));
  const notes = (await screen(page)).notes ?? [];
  expect(notes.some((n) => /: captured by the Regime in .+, intercepted crossing its lines, turn \d+$/.test(n))).toBe(true);
  expect(notes.some((n) => /: captured by the Coalition in /.test(n))).toBe(true);
  await page.screenshot({ path: shotPath('game-over-captures') });
  expect(errors).toEqual([]);
  await page.context().close();
});
