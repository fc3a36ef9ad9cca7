import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { openMenu, screen, shotPath, useChromium, waitScene, type Watched } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const tmp = mkdtempSync(join(tmpdir(), 'euphrates-hash-'));
const golden = JSON.parse(readFileSync('test/golden/builtin-1.replay.json', 'utf8')) as { hash: string; actions: unknown[] };

/** Opens a replay file from the menu, as a player does, and waits for the viewer. */
async function watch({ page }: Watched, name: string, replay: object) {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(replay));
  await page.goto(baseUrl);
  await waitScene(page, 'Menu');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(path);
  await waitScene(page, 'Replay');
  return screen(page);
}

test('the replay viewer checks the hash a file recorded and says when it differs', async () => {
  const watched = await openMenu(browser(), baseUrl);
  const intact = await watch(watched, 'intact.replay.json', golden);
  expect(intact.notes).toContain(`The recorded hash ${golden.hash} matches the game these actions make.`);

  const relabelled = await watch(watched, 'relabelled.replay.json', { ...golden, hash: '0123456789abcdef' });
  expect(relabelled.notes?.[0]).toBe(
    `The recorded hash differs: these actions make the game ${golden.hash}, not the 0123456789abcdef the file recorded. The file was changed or damaged; what is shown is what its actions make.`,
  );
  await watched.page.screenshot({ path: shotPath('replay-hash-differs') });

  const cut = await watch(watched, 'cut.replay.json', { ...golden, actions: golden.actions.slice(0, -1) });
  expect(cut.notes?.[0]).toMatch(new RegExp(`^The recorded hash differs: these actions make the game [0-9a-f]{16}, not the ${golden.hash} the file recorded\\.`));
  expect(cut.message).toBe(`replay 0/${golden.actions.length - 1}`);
  expect(watched.errors).toEqual([]);
  await watched.page.context().close();
});
