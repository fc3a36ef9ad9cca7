import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Action } from '../../src/rules';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call the getter inside a test.');
    return browser;
  };
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

/** A fresh watched page (see `openPage`) on the game's menu. */
export async function openMenu(browser: Browser, baseUrl: string, options: Parameters<typeof openPage>[2] = {}): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(baseUrl);
  await waitScene(watched.page, 'Menu');
  return watched;
}

export async function waitScene(page: Page, scene: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, scene, { timeout });
}

export async function screen(page: Page) {
  return page.evaluate(() => window.euphrates!.screen());
}

/** Phaser handles input on its next frames: wait for two animation frames so the effect is visible. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => ok())))));
}

export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await settle(page);
}

export async function clickRegion(page: Page, id: string): Promise<void> {
  const info = await screen(page);
  const r = info.regions[id];
  if (!r) throw new Error(`region ${id} is not on screen (scene ${info.scene})`);
  await page.mouse.click(r.x, r.y);
  await settle(page);
}

export async function clickButton(page: Page, id: string): Promise<void> {
  const info = await screen(page);
  const b = info.buttons[id];
  if (!b) throw new Error(`button ${id} is not on screen (scene ${info.scene})`);
  await page.mouse.click(b.x, b.y);
  await settle(page);
}

export function shotPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}.png`;
}

/**
 * Takes one action for the human whose turn it is, the way a player would:
 * a whole-stack move (click, click), else an attack (click, click, Enter),
 * else a fortification (click, F), else a search (click, S). Returns the action expected.
 */
export async function playOneAction(page: Page): Promise<Action> {
  const s = await page.evaluate(() => window.euphrates!.state()!);
  const legal = await page.evaluate(() => window.euphrates!.legal());
  const ids = s.scenario.regions.map((r) => r.id);
  const si = ['coalition', 'regime', 'islamicState'].indexOf(s.active);
  await press(page, 'Escape');
  await press(page, '0');
  const move = legal.find((a) => a.type === 'move' && a.strength === s.regions[ids.indexOf(a.from)]!.units[si]);
  if (move?.type === 'move') {
    await clickRegion(page, move.from);
    await clickRegion(page, move.to);
    return move;
  }
  const attack = legal.find((a) => a.type === 'attack');
  if (attack?.type === 'attack') {
    await clickRegion(page, attack.from);
    await clickRegion(page, attack.to);
    await press(page, 'Enter');
    return attack;
  }
  const fortify = legal.find((a) => a.type === 'fortify');
  if (fortify?.type === 'fortify') {
    await clickRegion(page, fortify.region);
    await press(page, 'f');
    return fortify;
  }
  const search = legal.find((a) => a.type === 'search');
  if (search?.type === 'search') {
    await clickRegion(page, search.region);
    await press(page, 's');
    return search;
  }
  await press(page, 'e');
  return { type: 'endPhase', side: s.active };
}
