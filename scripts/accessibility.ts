/*
 * `npm run accessibility`: builds the game, serves it, and on each screen the
 * accessibility issue names (the menu, the board, the hand-over card, the
 * ending) prints axe-core's critical and serious violations and Lighthouse's
 * accessibility score (a Lighthouse user flow, one snapshot per screen).
 * Exits 1 when a screen has a grave violation or scores under 95.
 *
 *   npm run accessibility            build, then measure
 *   npm run accessibility -- --no-build   measure the dist/ already built
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFlow } from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';
import { buildRules, exportReplay } from '../src/rules';
import { builtinScenario } from '../src/scenario/builtin-file';
import { randomGame } from '../test/rules/helpers';
import { axeViolations, grave } from '../test/browser/axe';
import { CHROMIUM_ARGS } from '../test/browser/harness';
import { buildDist, serveDist } from '../test/browser/serve-dist';

const TARGET = 95;
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--no-build');
if (unknown.length) {
  console.error(`accessibility: unknown option ${unknown[0]} (the only one is --no-build)`);
  process.exit(2);
}

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, { timeout: 30_000 }, name);
  // Three frames: the scene has drawn, and its text layer is filled.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(ok)))));
}

async function newGame(page: Page, humans: readonly string[], seed: string): Promise<void> {
  for (const side of ['coalition', 'regime', 'islamicState']) await page.select(`#me-seat-${side}`, humans.includes(side) ? 'human' : 'bot');
  await page.select('#me-speed', 'instant');
  await page.select('#me-level', 'greedy');
  await page.$eval('#me-seed', (e, v) => ((e as HTMLInputElement).value = v), seed);
  await page.click('#me-new');
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) await buildDist();
  const served = await serveDist();
  const url = `${served.url}?debug`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    defaultViewport: { width: 1280, height: 800 },
  });
  const rows: { screen: string; grave: string[]; all: number; score: number }[] = [];
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { config: { extends: 'lighthouse:default', settings: { onlyCategories: ['accessibility'] } } });
    const measure = async (name: string) => {
      const vs = await axeViolations(page);
      rows.push({ screen: name, grave: grave(vs).map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`), all: vs.length, score: NaN });
      await flow.snapshot({ name });
    };
    await flow.navigate(url, { name: 'menu (load)' });
    await scene(page, 'Menu');
    await page.waitForSelector('#me-new');
    await measure('menu');
    await newGame(page, ['coalition'], 'accessibility-1');
    await scene(page, 'Game');
    await measure('board');
    await page.keyboard.press('q');
    await scene(page, 'Menu');
    await page.waitForSelector('#me-new');
    await newGame(page, ['coalition', 'islamicState'], 'accessibility-2');
    await scene(page, 'HandOver');
    await measure('hand-over card');
    await page.keyboard.press('Enter');
    await scene(page, 'Game');
    await page.keyboard.press('q');
    await scene(page, 'Menu');
    await page.waitForSelector('#me-replay');
    const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), 'ending.replay.json');
    writeFileSync(file, JSON.stringify(exportReplay(randomGame(buildRules(builtinScenario()), 'accessibility-ending'))));
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#me-replay')]);
    await chooser.accept([file]);
    await scene(page, 'Replay');
    await page.keyboard.press('q');
    await scene(page, 'GameOver');
    await measure('ending');
    const result = await flow.createFlowResult();
    const snapshots = result.steps.filter((s) => s.lhr.gatherMode === 'snapshot');
    snapshots.forEach((s, i) => (rows[i]!.score = Math.round((s.lhr.categories.accessibility?.score ?? 0) * 100)));
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(`Accessibility of the built game (axe-core ${(await import('axe-core')).default.version}, Lighthouse 12 user-flow snapshots, 1280×800)`);
  console.log('screen            axe critical+serious  axe all  Lighthouse accessibility');
  for (const r of rows) console.log(`${r.screen.padEnd(18)}${String(r.grave.length).padStart(20)}${String(r.all).padStart(9)}${String(r.score).padStart(26)}`);
  for (const r of rows) for (const g of r.grave) console.log(`  ${r.screen}: ${g}`);
  const failed = rows.filter((r) => r.grave.length > 0 || !(r.score >= TARGET));
  console.log(failed.length ? `Not met on: ${failed.map((r) => r.screen).join(', ')} (target: 0 grave violations, Lighthouse ≥ ${TARGET})` : `Met on every screen: 0 grave violations, Lighthouse ≥ ${TARGET}.`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(`accessibility: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
