import { expect, inject, test } from 'vitest';
import { openMenu, screen, shotPath, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('once loaded, the game reloads and plays with the network gone: the service worker keeps the whole build', async () => {
  const watched = await openMenu(browser(), baseUrl);
  const { page } = watched;
  // The worker has installed (every file cached) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).reduce((a, b) => a + b, 0));
  expect(cached).toBeGreaterThanOrEqual(5);
  expect(await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json())).toMatchObject({ name: 'Middle Euphrates', start_url: './', display: 'standalone' });

  await page.context().setOffline(true);
  await page.reload();
  await waitScene(page, 'Menu');
  // A new game compiles the built-in document and opens the board, all from the cache.
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game', 60_000);
  expect((await screen(page)).scene).toBe('Game');
  await page.screenshot({ path: shotPath('offline-game') });
  expect(watched.errors).toEqual([]);
  await page.context().close();
});
