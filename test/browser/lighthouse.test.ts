import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

/*
 * `npm run accessibility` on the build the browser tests serve (dist/, built
 * by the global setup): axe-core and Lighthouse on the menu, the board, the
 * hand-over card and the ending. It exits 1 below its targets.
 */
test('npm run accessibility: no critical or serious axe violation and Lighthouse accessibility ≥ 95 on every screen', () => {
  const run = spawnSync('npx', ['tsx', 'scripts/accessibility.ts', '--no-build'], { encoding: 'utf8', timeout: 150_000 });
  const out = run.stdout;
  expect(out, run.stderr).toMatch(/^Met on every screen: 0 grave violations, Lighthouse ≥ 95\.$/m);
  for (const screen of ['menu', 'board', 'hand-over card', 'ending']) expect(out).toMatch(new RegExp(`^${screen} +0 +\\d+ +(9[5-9]|100)$`, 'm'));
  expect(run.status).toBe(0);
});
