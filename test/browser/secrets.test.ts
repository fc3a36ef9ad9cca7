import { expect, inject, test } from 'vitest';
import { openMenu, press, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

test('a human Coalition page carries no hidden leader position in its view, DOM or storage', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  await page.selectOption('#me-speed', 'instant');
  await page.fill('#me-seed', 'secrets-1');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  for (let t = 0; t < 3; t++) {
    await page.waitForFunction(() => {
      const s = window.euphrates!.state()!;
      return s.phase === 'over' || (s.active === 'coalition' && s.phase === 'operations');
    }, null, { timeout: 30_000 });
    const turn = await page.evaluate(() => window.euphrates!.state()!.turn);
    await press(page, 'e');
    await page.waitForFunction((n) => window.euphrates!.state()!.turn > n || window.euphrates!.state()!.phase === 'over', turn, { timeout: 30_000 });
  }
  // state() is the documented debugging back-door: the test uses it to know the secrets it must not find elsewhere.
  const secrets = await page.evaluate(() =>
    window.euphrates!.state()!.leaders.filter((l) => l.status === 'atLarge' && !l.revealed).map((l) => ({ id: l.id, at: l.at })),
  );
  expect(secrets.length).toBeGreaterThan(0);
  const view = await page.evaluate(() => window.euphrates!.view()!);
  expect(view.viewer).toBe('coalition');
  for (const s of secrets) expect(view.leaders.find((l) => l.id === s.id)!.at).toBe(null);
  expect(view.log.flat().some((e) => e.secretTo)).toBe(false);
  expect(JSON.stringify(view)).not.toMatch(/"rng"|"seed"|in secret to/);

  const dom = await page.evaluate(() => document.body.innerText + document.body.innerHTML);
  expect(dom).not.toMatch(/in secret to/);
  const stored = await page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
  expect(stored.length).toBeGreaterThan(100);
  expect(stored).not.toMatch(/"leaders"|"at":|in secret to/);
  expect(errors).toEqual([]);
  await page.context().close();
});
