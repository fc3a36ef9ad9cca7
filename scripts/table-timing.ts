/*
 * `npm run table-timing`: builds the game, serves it, and prints the main
 * thread's busy time (Chromium's TaskDuration and ScriptDuration) over idle
 * seconds on the table (a human to move), the replay viewer and the ending,
 * and the frames the game loop ran meanwhile. Issue 13's target: an idle
 * screen spends at most 50 ms of main thread in 5 s. Figures only; no test
 * asserts on time (the machine is shared).
 *
 *   npm run table-timing -- [--no-build] [--seconds N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildRules, exportReplay } from '../src/rules';
import { builtinScenario } from '../src/scenario/builtin-file';
import { randomGame } from '../test/rules/helpers';
import { launch, newGameFromMenu } from '../test/browser/harness';
import { buildDist, serveDist } from '../test/browser/serve-dist';

const TARGET_MS_PER_5S = 50;

function options(argv: readonly string[]): { build: boolean; seconds: number } {
  let build = true;
  let seconds = 5;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') build = false;
    else if (a === '--seconds') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 60) fail(`--seconds takes a whole number from 1 to 60, not ${argv[i] ?? 'nothing'}`);
      seconds = n;
    } else fail(`unknown option ${a} (options: --no-build, --seconds N)`);
  }
  return { build, seconds };
}

function fail(message: string): never {
  console.error(`table-timing: ${message}`);
  process.exit(2);
}

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, name, { timeout: 30_000 });
}

/** Main-thread milliseconds and loop frames over `seconds` of doing nothing, after a second to settle. */
async function idle(page: Page, seconds: number): Promise<{ task: number; script: number; frames: number }> {
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), // A build from before the loop slept has no frames(): -1.
      frames: await page.evaluate(() => (typeof window.euphrates!.frames === 'function' ? window.euphrates!.frames() : -1)) };
  };
  const a = await read();
  await page.waitForTimeout(seconds * 1000);
  const b = await read();
  await cdp.detach();
  return { task: (b.task - a.task) * 1000, script: (b.script - a.script) * 1000, frames: a.frames < 0 ? -1 : b.frames - a.frames };
}

async function main(): Promise<void> {
  const { build, seconds } = options(process.argv.slice(2));
  if (build) await buildDist();
  const served = await serveDist();
  const browser = await launch();
  const rows: [string, { task: number; script: number; frames: number }][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${served.url}?debug`);
    await scene(page, 'Menu');
    await newGameFromMenu(page, { humans: ['coalition'], seed: 'table-timing', speed: 'normal' });
    await scene(page, 'Game');
    rows.push(['table, human to move', await idle(page, seconds)]);
    await page.keyboard.press('q');
    await scene(page, 'Menu');
    const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), 'timing.replay.json');
    writeFileSync(file, JSON.stringify(exportReplay(randomGame(buildRules(builtinScenario()), 'table-timing'))));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
    await chooser.setFiles(file);
    await scene(page, 'Replay');
    rows.push(['replay viewer', await idle(page, seconds)]);
    await page.keyboard.press('q');
    await scene(page, 'GameOver');
    rows.push(['ending', await idle(page, seconds)]);
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(`Idle main thread over ${seconds} s (headless Chromium, 1280×800; target ≤ ${TARGET_MS_PER_5S} ms per 5 s)`);
  console.log('screen                  task ms  script ms  loop frames');
  for (const [name, r] of rows) console.log(`${name.padEnd(22)}${r.task.toFixed(0).padStart(9)}${r.script.toFixed(0).padStart(11)}${String(r.frames).padStart(13)}`);
  const limit = (TARGET_MS_PER_5S * seconds) / 5;
  const over = rows.filter(([, r]) => r.task > limit).map(([n]) => n);
  console.log(over.length ? `Over the target: ${over.join(', ')}` : 'Every screen within the target.');
}

main().catch((e: unknown) => {
  console.error(`table-timing: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
