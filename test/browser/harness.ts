import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  errors: string[];
  /** Requests that left the page's origin. */
  foreign: string[];
}

/** A fresh page that records console errors, page errors and any request to another origin. */
export async function openPage(browser: Browser, baseUrl: string, options: { width?: number; height?: number; dpr?: number } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, deviceScaleFactor: options.dpr ?? 1, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return { page, errors, foreign };
}

export async function waitScene(page: Page, scene: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, scene, { timeout });
}

export async function screen(page: Page) {
  return page.evaluate(() => window.euphrates!.screen());
}

export async function clickRegion(page: Page, id: string): Promise<void> {
  const info = await screen(page);
  const r = info.regions[id];
  if (!r) throw new Error(`region ${id} is not on screen (scene ${info.scene})`);
  await page.mouse.click(r.x, r.y);
}

export async function clickButton(page: Page, id: string): Promise<void> {
  const info = await screen(page);
  const b = info.buttons[id];
  if (!b) throw new Error(`button ${id} is not on screen (scene ${info.scene})`);
  await page.mouse.click(b.x, b.y);
}

export function shotPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}.png`;
}
