import { expect, inject, test } from 'vitest';
import { idbAll } from './autosave';
import { observation, openMenu, press, useChromium, waitScene } from './harness';

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
  const view = await observation(page);
  expect(view.viewer).toBe('coalition');
  // Islamic State's secret points are gone with victory points: nothing in the view is scored in secret.
  expect(view).not.toHaveProperty('secretVp');
  expect(view).not.toHaveProperty('vp');
  for (const s of secrets) {
    const seen = view.leaders.find((l) => l.id === s.id)!;
    // A hidden leader has no position at all, only its last sighting, if any.
    expect(seen.status).toBe('hidden');
    expect(seen).not.toHaveProperty('at');
  }
  // The log is the Coalition's: chapters (a linked list in the page), holding only events everyone may see.
  const audiences = view.log.flatMap((c) => c.events.map((e) => e.audience));
  expect(audiences.length).toBeGreaterThan(10);
  expect(new Set(audiences)).toEqual(new Set(['all']));
  // Nor anything of a hidden leader's secret record: its moves, their danger and catcher, its heat.
  expect(await page.evaluate(() => JSON.stringify(window.euphrates!.view()))).not.toMatch(/"rng"|"seed"|"leaderMoved"|"leaderSlipped"|"danger"|"catcher"|"heat"|moves in secret/);

  const dom = await page.evaluate(() => document.body.innerText + document.body.innerHTML);
  expect(dom).not.toMatch(/moves in secret/);
  // The autosave is in IndexedDB (localStorage only ever held earlier pages' autosaves): every record of both.
  const stored = [...(await page.evaluate(() => Object.values({ ...localStorage }))), ...(await idbAll(page))].join('\n');
  expect(stored.length).toBeGreaterThan(100);
  expect(stored).not.toMatch(/"leaders"|"at":|moves in secret/);
  expect(errors).toEqual([]);
  await page.context().close();
});
