/*
 * `npm run table-timing`: builds the game, serves it, and prints issue 13's
 * figures for the table, measured in headless Chromium at 1280×800:
 *
 * - frame time while bots play at normal speed (the gaps between the page's
 *   animation frames, p50 and p95), beside a bare Phaser 4 page's in the same
 *   run (target: the game's p95 at most 1.3 × the bare page's);
 * - click or key to visible change: from the input event's time stamp to the
 *   first animation frame after the table has drawn the change (a selection:
 *   Tab, or a click on a stack), so up to a frame late (target: median ≤ 50 ms);
 * - the main thread's busy time (Chromium's TaskDuration and ScriptDuration)
 *   over idle seconds on the table (a human to move), the replay viewer and
 *   the ending, and the frames the game loop ran meanwhile (target: ≤ 50 ms per 5 s).
 *
 * `--before DIR` measures another build too (e.g. one of an earlier commit,
 * built with `npx vite build` in a worktree of it) in the same run, for a
 * before/after table. Figures only; no test asserts on time (the machine is shared).
 *
 *   npm run table-timing -- [--no-build] [--seconds N] [--before DIR]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildRules, exportReplay } from '../src/rules';
import { builtinScenario } from '../src/scenario/builtin-file';
import { randomGame } from '../test/rules/helpers';
import { launch, newGameFromMenu } from '../test/browser/harness';
import { buildDist, serveDist } from '../test/browser/serve-dist';

const TARGET_MS_PER_5S = 50;
const TARGET_FRAME_RATIO = 1.3;
const TARGET_LATENCY_MS = 50;
const VIEWPORT = { width: 1280, height: 800 };
/** Inputs timed per kind (Tab, click). */
const INPUTS = 12;

interface Options {
  build: boolean;
  seconds: number;
  before: string | null;
}

function options(argv: readonly string[]): Options {
  const o: Options = { build: true, seconds: 5, before: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') o.build = false;
    else if (a === '--seconds') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 60) fail(`--seconds takes a whole number from 1 to 60, not ${argv[i] ?? 'nothing'}`);
      o.seconds = n;
    } else if (a === '--before') {
      const dir = argv[++i];
      if (!dir) fail('--before takes the directory of another build');
      o.before = dir;
    } else fail(`unknown option ${a} (options: --no-build, --seconds N, --before DIR)`);
  }
  return o;
}

function fail(message: string): never {
  console.error(`table-timing: ${message}`);
  process.exit(2);
}

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, name, { timeout: 20_000 });
}

/** tsx compiles with esbuild's keepNames, which wraps the functions passed to page.evaluate in a helper the page lacks. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript('window.__name = (f) => f');
  return page;
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

/**
 * The gaps between the page's animation frames over `seconds`, in ms, and how
 * many of its frames the page's own thread held up (long animation frames:
 * over 50 ms of work on the main thread). Long gaps with few such frames are
 * the page waiting for a core (the bot worker, another process), not its work.
 */
interface Frames {
  gaps: number[];
  busy: number;
}

function frameGaps(page: Page, seconds: number): Promise<Frames> {
  return page.evaluate(
    (ms) =>
      new Promise<{ gaps: number[]; busy: number }>((resolve) => {
        const gaps: number[] = [];
        let busy = 0;
        let observer: PerformanceObserver | null = null;
        try {
          observer = new PerformanceObserver((list) => void (busy += list.getEntries().length));
          observer.observe({ type: 'long-animation-frame', buffered: false });
        } catch {
          busy = -1;
        }
        let last = -1;
        const end = performance.now() + ms;
        const tick = (t: number) => {
          if (last >= 0) gaps.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else {
            observer?.disconnect();
            resolve({ gaps, busy });
          }
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
}

/** A bare Phaser 4 page of the same size: one text on a canvas, the loop drawing every frame. */
async function barePhaser(browser: Browser, seconds: number): Promise<Frames> {
  const page = await newPage(browser);
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="game"></div></body></html>');
  await page.evaluate('window.__name = (f) => f');
  await page.addScriptTag({ path: 'node_modules/phaser/dist/phaser-arcade-physics.min.js' });
  await page.evaluate(({ width, height }) => {
    const P = (window as unknown as { Phaser: typeof import('phaser') }).Phaser;
    new P.Game({ type: P.CANVAS, parent: 'game', width, height, banner: false, audio: { noAudio: true }, scene: { create(this: Phaser.Scene) { this.add.text(20, 20, 'A bare Phaser page'); } } });
  }, VIEWPORT);
  await page.waitForTimeout(1000);
  const gaps = await frameGaps(page, seconds);
  await page.close();
  return gaps;
}

/** Frame gaps while every side is a bot at normal speed, after the first seconds of the game. */
async function botPlay(browser: Browser, url: string, level: string, seconds: number): Promise<Frames> {
  const page = await newPage(browser);
  await page.goto(`${url}?debug`);
  await scene(page, 'Menu');
  await newGameFromMenu(page, { humans: [], seed: 'table-timing-bots', speed: 'normal', level });
  await scene(page, 'Game');
  await page.waitForTimeout(1000);
  const gaps = await frameGaps(page, seconds);
  await page.close();
  return gaps;
}

/**
 * Milliseconds from an input's event time stamp to the first animation frame
 * in which the table has published a new screen (it publishes as it draws).
 */
async function latency(page: Page, input: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { timingLatency: number | null };
    w.timingLatency = null;
    const before = window.euphrates!.screen();
    const seen = (e: Event) => {
      window.removeEventListener('keydown', seen, true);
      window.removeEventListener('pointerdown', seen, true);
      const t0 = e.timeStamp;
      const poll = () => {
        if (window.euphrates!.screen() !== before) w.timingLatency = performance.now() - t0;
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    };
    window.addEventListener('keydown', seen, true);
    window.addEventListener('pointerdown', seen, true);
  });
  await input();
  await page.waitForFunction(() => (window as unknown as { timingLatency: number | null }).timingLatency !== null, undefined, { timeout: 10_000 });
  return page.evaluate(() => (window as unknown as { timingLatency: number }).timingLatency);
}

/** Click or key to visible change on the table, the Coalition human to move: Tab selects the next stack, a click selects one. */
async function inputLatencies(page: Page): Promise<{ key: number[]; click: number[] }> {
  const stacks = await page.evaluate(() => {
    const v = window.euphrates!.view()!;
    const at = window.euphrates!.screen().regions;
    return v.rules.ids.filter((_, i) => v.regions[i]!.units[0]! > 0).map((id) => at[id]!).slice(0, 2);
  });
  const key: number[] = [];
  const click: number[] = [];
  for (let k = 0; k < INPUTS; k++) {
    await page.waitForTimeout(250);
    key.push(await latency(page, () => page.keyboard.press('Tab')));
  }
  for (let k = 0; k < INPUTS; k++) {
    const p = stacks[k % stacks.length]!;
    await page.waitForTimeout(250);
    click.push(await latency(page, () => page.mouse.click(p.x, p.y)));
  }
  await page.keyboard.press('Escape');
  return { key, click };
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

interface Figures {
  bots: Record<string, Frames>;
  inputs: { key: number[]; click: number[] };
  idle: [string, { task: number; script: number; frames: number }][];
  /** Why some rows are missing, when they are. */
  note?: string;
}

async function measure(browser: Browser, url: string, seconds: number): Promise<Figures> {
  const bots = { search: await botPlay(browser, url, 'search', seconds), greedy: await botPlay(browser, url, 'greedy', seconds) };
  const rows: Figures['idle'] = [];
  const page = await newPage(browser);
  await page.goto(`${url}?debug`);
  await scene(page, 'Menu');
  await newGameFromMenu(page, { humans: ['coalition'], seed: 'table-timing', speed: 'normal' });
  await scene(page, 'Game');
  await page.waitForFunction(() => window.euphrates!.state()?.active === 'coalition');
  rows.push(['table, human to move', await idle(page, seconds)]);
  const inputs = await inputLatencies(page);
  await page.keyboard.press('q');
  await scene(page, 'Menu');
  const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), 'timing.replay.json');
  writeFileSync(file, JSON.stringify(exportReplay(randomGame(buildRules(builtinScenario()), 'table-timing'))));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(file);
  try {
    await scene(page, 'Replay');
  } catch {
    // A build from before a rules change refuses a replay the rules of this checkout made: no viewer or ending rows for it.
    await page.close();
    return { bots, inputs, idle: rows, note: 'it refused the replay this checkout made (other rules): no replay viewer or ending rows' };
  }
  rows.push(['replay viewer', await idle(page, seconds)]);
  await page.keyboard.press('q');
  await scene(page, 'GameOver');
  rows.push(['ending', await idle(page, seconds)]);
  await page.close();
  return { bots, inputs, idle: rows };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

function report(name: string, f: Figures, bare: Frames, seconds: number): void {
  const bareP95 = quantile(bare.gaps, 0.95);
  const row = (what: string, x: Frames, ratio: string) =>
    `${what.padEnd(24)}${String(x.gaps.length).padStart(8)}${ms(quantile(x.gaps, 0.5)).padStart(10)}${ms(quantile(x.gaps, 0.95)).padStart(9)}${ratio.padStart(11)}${String(x.gaps.filter((g) => g > 20).length).padStart(10)}${(x.busy < 0 ? 'n/a' : String(x.busy)).padStart(7)}`;
  console.log(`\n== ${name} ==`);
  console.log(`Frame gaps over ${seconds} s, every side a bot at normal speed (target: p95 ≤ ${TARGET_FRAME_RATIO} × the bare Phaser page's)`);
  console.log('page                      frames      p50      p95   p95 / bare  gaps>20  busy   (busy: frames the page’s own thread held up over 50 ms)');
  console.log(row('bare Phaser 4 page', bare, '1.00'));
  for (const [level, x] of Object.entries(f.bots)) console.log(row(`game, ${level} bots`, x, (quantile(x.gaps, 0.95) / bareP95).toFixed(2)));
  console.log(`Click or key to visible change, ${INPUTS} of each (target: median ≤ ${TARGET_LATENCY_MS} ms)`);
  const all = [...f.inputs.key, ...f.inputs.click];
  for (const [what, xs] of [['Tab (select the next stack)', f.inputs.key], ['click on a stack', f.inputs.click], ['both', all]] as const) {
    console.log(`${what.padEnd(30)} median ${ms(quantile(xs, 0.5)).padStart(9)}   max ${ms(Math.max(...xs)).padStart(9)}`);
  }
  console.log(`Idle main thread over ${seconds} s (target ≤ ${TARGET_MS_PER_5S} ms per 5 s)`);
  console.log('screen                  task ms  script ms  loop frames');
  if (f.note) console.log(`(${f.note})`);
  for (const [screen, r] of f.idle) console.log(`${screen.padEnd(22)}${r.task.toFixed(0).padStart(9)}${r.script.toFixed(0).padStart(11)}${String(r.frames).padStart(13)}`);
  const limit = (TARGET_MS_PER_5S * seconds) / 5;
  const misses = [
    ...Object.entries(f.bots).filter(([, x]) => quantile(x.gaps, 0.95) > TARGET_FRAME_RATIO * bareP95).map(([level]) => `frame p95 with ${level} bots`),
    ...(quantile(all, 0.5) > TARGET_LATENCY_MS ? ['input latency'] : []),
    ...f.idle.filter(([, r]) => r.task > limit).map(([n]) => `idle ${n}`),
  ];
  console.log(misses.length ? `Over the target: ${misses.join(', ')}` : 'Every figure within its target.');
}

async function main(): Promise<void> {
  const { build, seconds, before } = options(process.argv.slice(2));
  if (build) await buildDist();
  const builds: [string, string][] = [...(before ? [[`before (${before})`, before] as [string, string]] : []), ['this build (dist/)', 'dist']];
  const browser = await launch();
  try {
    const bare = await barePhaser(browser, seconds);
    const results: [string, Figures][] = [];
    for (const [name, dir] of builds) {
      const served = await serveDist(dir);
      try {
        results.push([name, await measure(browser, served.url, seconds)]);
      } finally {
        await served.close();
      }
    }
    // The bots' worker wants a core of its own: on a shared machine the load says how much the page had.
    const load = loadavg().map((n) => n.toFixed(1)).join(', ');
    console.log(`Headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, one run; ${cpus().length} cores, load average ${load} at the end.`);
    for (const [name, f] of results) report(name, f, bare, seconds);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(`table-timing: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
