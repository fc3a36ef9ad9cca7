import { expect, inject, test } from 'vitest';
import { BUDGET_KIB, bundleSizes } from '../../scripts/bundle-size';
import { openPage, useChromium, waitScene } from './harness';

/*
 * The first screen loads at most 420 KiB of JavaScript (gzip): Phaser without
 * Matter physics, the rules and the table; the bots think in a worker of their own. The compiler, its model
 * and gazetteer are in the document worker, loaded only when a document,
 * replay or save is opened; the built-in scenario was compiled at build time.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('the menu loads only the page\'s own script, within 420 KiB gzip, and no worker until a document is opened', async () => {
  const files = bundleSizes();
  const page = files.filter((f) => f.page);
  expect(page.length).toBe(1);
  expect(page[0]!.gzip).toBeLessThanOrEqual(BUDGET_KIB * 1024);
  expect(files.some((f) => !f.page && f.file.includes('jobs.worker'))).toBe(true);
  // The bots think in a worker of their own, loaded when the first bot is to move.
  expect(files.some((f) => !f.page && f.file.includes('thinking.worker'))).toBe(true);

  const { page: tab, errors } = await openPage(browser(), baseUrl);
  const scripts: string[] = [];
  tab.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await tab.goto(baseUrl);
  await waitScene(tab, 'Menu');
  // The built-in scenario is there without the compiler: the menu names it.
  expect(await tab.locator('#me-scenario option[value=builtin]').textContent()).toMatch(/^Built-in: ISIS leaders are fleeing/);
  expect(scripts.filter((s) => s.includes('jobs.worker') || s.includes('thinking.worker'))).toEqual([]);
  expect(scripts.some((s) => s === page[0]!.file.replace('assets/', ''))).toBe(true);
  expect(errors).toEqual([]);
  await tab.context().close();
});
