import { expect, inject, test } from 'vitest';
import { clickRegion, openMenu, useChromium, waitScene } from './harness';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const MARKUP = `ISIS leaders <script>window.__pwned = 'script'</script> fled Raqqa for Deir ez-Zor <img src=x onerror="window.__pwned='img'">.

The SDF, backed by the U.S., attacked Raqqa from Tabqa <a href="javascript:window.__pwned='link'">here</a>.

Syrian government forces backed by Russia moved on Deir ez-Zor <iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>.`;

test('a document carrying HTML and script is played as plain text: nothing in it runs or becomes markup', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl);
  const before = await page.evaluate(() => document.querySelectorAll('script, img, iframe, a').length);
  await page.selectOption('#me-scenario', 'custom');
  await page.fill('#me-doc', MARKUP);
  await page.selectOption('#me-speed', 'instant');
  await page.click('#me-new');
  await waitScene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()!.active === 'coalition' && window.euphrates!.state()!.phase === 'operations');
  // Show a region's source sentence (it quotes the markup) in the side panel.
  await clickRegion(page, 'raqqa');
  await page.waitForTimeout(300);
  const quotes = await page.evaluate(() => window.euphrates!.state()!.rules.scenario.regions.map((r) => r.source?.quote ?? ''));
  expect(quotes.some((q) => q.includes('<script>') || q.includes('<img') || q.includes('javascript:'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('script, img, iframe, a').length)).toBe(before);
  expect(errors).toEqual([]);
  await page.context().close();
});
