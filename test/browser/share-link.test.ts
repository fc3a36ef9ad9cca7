import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { replayLink } from '../../src/app/shareLink';
import type { Replay } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { openPage, screen, shotPath, useChromium, waitScene, withDebug } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const golden = JSON.parse(readFileSync('test/golden/builtin-1.replay.json', 'utf8')) as Replay;

test('a share link opens its game in the replay viewer; Copy link at the end of it makes a link to the same game; a broken link is refused in one sentence', async () => {
  const watched = await openPage(browser(), baseUrl);
  const { page } = watched;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });

  // Made in Node by the same code the page uses: the page must open it as the replay it is.
  const link = await replayLink(golden, withDebug(baseUrl), builtinScenario());
  await page.goto(link);
  await waitScene(page, 'Replay', 30_000);
  expect((await screen(page)).notes).toContain(`The recorded hash ${golden.hash} matches the game these actions make.`);
  // Read once: the address drops the replay, so the menu shown again later does not reopen it.
  expect(new URL(page.url()).hash).toBe('');

  // From the viewer to the ending, and the ending's Copy link.
  await page.keyboard.press('q');
  await waitScene(page, 'GameOver');
  await page.keyboard.press('l');
  await page.waitForFunction(() => /^Link copied/.test(window.euphrates!.screen().message));
  await page.screenshot({ path: shotPath('gameover-link-copied') });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The page's address without its query: a link never hands the debug flag on.
  expect(copied.startsWith(`${new URL(baseUrl).origin}${new URL(baseUrl).pathname}#replay=`)).toBe(true);
  expect(copied).not.toContain('debug');
  // The copied link opens the very game again.
  await page.goto('about:blank');
  await page.goto(copied);
  await waitScene(page, 'Replay', 30_000);
  expect((await screen(page)).notes).toContain(`The recorded hash ${golden.hash} matches the game these actions make.`);

  // A link cut short opens the menu, saying why, and nothing else.
  await page.goto('about:blank');
  await page.goto(`${withDebug(baseUrl)}#replay=${link.split('#replay=')[1]!.slice(0, 40)}`);
  await waitScene(page, 'Menu');
  await page.waitForFunction(() => (document.querySelector('#me-message')?.textContent ?? '') !== '');
  expect(await page.textContent('#me-message')).toMatch(/^This link holds no replay the game can open: it is cut or changed/);
  expect(watched.errors).toEqual([]);
  await page.context().close();
});
