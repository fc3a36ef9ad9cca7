import { expect, inject, test } from 'vitest';
import { newGameFromMenu, openPage, screen, settle, shotPath, useChromium, waitScene, withDebug } from './harness';

/* No two region names overlap on the board, at three common screen sizes (from the positions the debug API publishes). */

const baseUrl = inject('baseUrl');
const browser = useChromium();

for (const [w, h] of [[1024, 600], [1366, 768], [1920, 1080]] as const) {
  test(`at ${w}×${h} no two region names overlap and every name is on the canvas`, async () => {
    const { page, errors } = await openPage(browser(), baseUrl, { width: w, height: h });
    await page.goto(withDebug(baseUrl));
    await waitScene(page, 'Menu');
    await newGameFromMenu(page, { humans: ['coalition'], seed: 'labels-1' });
    await waitScene(page, 'Game');
    await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
    await settle(page);
    const labels = Object.entries((await screen(page)).labels ?? {});
    expect(labels.length).toBeGreaterThan(10);
    for (const [id, b] of labels) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= w && b.y + b.h <= h, `${id} on the canvas`).toBe(true);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [ia, a] = labels[i]!;
        const [ib, b] = labels[j]!;
        const ow = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const oh = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        expect(ow > 0.5 && oh > 0.5, `${ia} and ${ib} overlap`).toBe(false);
      }
    }
    await page.screenshot({ path: shotPath(`labels-${w}x${h}`) });
    expect(errors).toEqual([]);
    await page.context().close();
  });
}
