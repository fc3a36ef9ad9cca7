import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import seedrandom from 'seedrandom';
import { afterAll, expect, inject, test } from 'vitest';
import type { Action } from '../../src/rules';
import { gameIn, idbGet, KEY, PREVIOUS } from './autosave';
import { CHROMIUM_ARGS, waitScene, withDebug } from './harness';

/*
 * The crash test: Chromium on a profile of its own (so IndexedDB outlives the
 * process) is killed with SIGKILL, its whole process group at once, at seeded
 * random moments after actions, some while a write is still in flight. After
 * each kill a new Chromium opens the same profile and the game is continued:
 * every action the page had shown must be in it, in order, and neither the
 * newest autosave nor the one before it may be unreadable.
 */

const baseUrl = inject('baseUrl');
const KILLS = 24;
const profile = mkdtempSync(join(tmpdir(), 'euphrates-crash-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

interface Running {
  proc: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Chromium in a process group of its own, on the test's profile, driven over the DevTools protocol. */
async function start(): Promise<Running> {
  const proc = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1280,800', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let said = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start in 60 s: ${said}`)), 60_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    proc.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before it listened: ${said}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { proc, browser, page };
}

/** SIGKILL to Chromium's process group, then wait until no process of the group is left. */
async function kill(r: Running): Promise<void> {
  const pgid = r.proc.pid!;
  process.kill(-pgid, 'SIGKILL');
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      break;
    }
    await new Promise((ok) => setTimeout(ok, 25));
  }
  r.proc.stderr?.destroy();
  await r.browser.close().catch(() => {});
}

/** What the page has drawn: the actions of the game on the board (all of them on disk, if the autosave is right), and the writes' timings. */
async function shown(page: Page): Promise<{ shown: Action[]; unshown: number; writes: number[]; serializing: number[] }> {
  return page.evaluate(() => {
    const e = window.euphrates!;
    const all = e.actions()!;
    const n = e.screen().actions ?? 0;
    const take = (name: string) => {
      const ms = performance.getEntriesByName(name).map((m) => m.duration);
      performance.clearMeasures(name);
      return ms;
    };
    return { shown: all.slice(0, n), unshown: all.length - n, writes: take('autosave-write'), serializing: take('autosave-serialize') };
  });
}

async function newGame(page: Page, seed: string): Promise<void> {
  await page.goto(withDebug(baseUrl));
  await waitScene(page, 'Menu');
  await page.selectOption('#me-seat-coalition', 'human');
  await page.selectOption('#me-speed', 'instant');
  await page.fill('#me-seed', seed);
  await page.click('#me-new');
  await waitScene(page, 'Game');
}

/** Until the Coalition's player may act on a board showing every action, or the game is over. */
async function humanTurn(page: Page): Promise<'play' | 'over'> {
  await page.waitForFunction(
    () => {
      const e = window.euphrates!;
      const s = e.state();
      if (!s) return false;
      if (s.phase === 'over') return true;
      return e.screen().scene === 'Game' && s.active === 'coalition' && e.screen().actions === e.actions()!.length;
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => (window.euphrates!.state()!.phase === 'over' ? 'over' : 'play'));
}

const sameStart = (a: readonly Action[], b: readonly Action[]) => {
  let i = 0;
  while (i < a.length && i < b.length && JSON.stringify(a[i]) === JSON.stringify(b[i])) i++;
  return i;
};

test(`the browser killed ${KILLS} times at random moments after actions loses no action it showed and leaves no unreadable save`, { timeout: 900_000 }, async () => {
  const pick = seedrandom('crash-test-1');
  let run = await start();
  let games = 1;
  await newGame(run.page, `crash-${games}`);
  let expected: Action[] = [];
  let kills = 0;
  let lost = 0;
  let unreadable = 0;
  let inFlight = 0;
  let checked = 0;
  const writes: number[] = [];
  const serializing: number[] = [];
  const toBoard: number[] = [];
  while (kills < KILLS) {
    if ((await humanTurn(run.page)) === 'over') {
      await newGame(run.page, `crash-${++games}`);
      expected = [];
      continue;
    }
    // One to three actions; ending the phase (often) hands the week to the bots, who play dozens of actions at once.
    const n = 1 + Math.floor(pick() * 3);
    for (let i = 0; i < n; i++) {
      if (i > 0 && (await humanTurn(run.page)) === 'over') break;
      const roll = [pick(), pick(), i < n - 1 ? 1 : 0] as const;
      // The last action is left to the kill; before that, a move that ends no phase is timed from the act to the board showing it.
      const ms = await run.page.evaluate(async ([end, which, time]) => {
        const e = window.euphrates!;
        const legal = e.legal();
        const others = legal.filter((a) => a.type !== 'endPhase');
        const action = end < 0.3 || others.length === 0 ? legal.find((a) => a.type === 'endPhase')! : others[Math.floor(which * others.length)]!;
        const t0 = performance.now();
        e.act(action);
        if (!time || action.type === 'endPhase') return null;
        await new Promise<void>((ok) => {
          const frame = () => (e.screen().actions === e.actions()!.length ? ok() : requestAnimationFrame(frame));
          frame();
        });
        return performance.now() - t0;
      }, roll);
      if (ms !== null) toBoard.push(ms);
    }
    // Then a random moment, from at once to a third of a second later, watching what the board shows until the kill.
    const wait = Math.floor(pick() ** 2 * 330);
    const until = Date.now() + wait;
    let last = await shown(run.page);
    writes.push(...last.writes);
    serializing.push(...last.serializing);
    while (Date.now() < until) {
      last = await shown(run.page);
      writes.push(...last.writes);
      serializing.push(...last.serializing);
    }
    if (last.shown.length >= expected.length) expected = last.shown;
    if (last.unshown > 0) inFlight++;
    await kill(run);
    kills++;

    run = await start();
    await run.page.goto(withDebug(baseUrl));
    await waitScene(run.page, 'Menu');
    // No autosave at all (Continue disabled) loses everything shown; one that is there must read, and so must the one before it.
    let reloaded: Action[] = [];
    if (await run.page.isEnabled('#me-continue')) {
      const label = (await run.page.textContent('#me-continue')) ?? '';
      const newest = gameIn(await idbGet(run.page, KEY));
      const previous = await idbGet(run.page, PREVIOUS);
      if (!/^Continue: turn \d+, (coalition|regime|islamicState|game over)$/.test(label) || newest === null || (previous !== undefined && gameIn(previous) === null)) unreadable++;
      await run.page.click('#me-continue');
      await run.page.waitForFunction(() => ['Game', 'GameOver'].includes(window.euphrates!.screen().scene));
      reloaded = (await run.page.evaluate(() => window.euphrates!.actions())) ?? [];
    } else await newGame(run.page, `crash-${++games}`);
    lost += expected.length - sameStart(expected, reloaded);
    checked += expected.length;
    expected = reloaded;
  }
  await kill(run);
  const spread = (ms: number[]) => {
    if (ms.length === 0) return 'none';
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
  };
  console.log(
    `crash test: ${kills} kills (${inFlight} with actions not yet shown), ${lost} actions lost, ${unreadable} unreadable saves (${checked} shown actions checked over the reopenings); ` +
      `autosave write over ${writes.length} writes (serialize + strict commit): ${spread(writes)}; of which serializing the save: ${spread(serializing)}; a Coalition action to the board showing it, over ${toBoard.length}: ${spread(toBoard)}`,
  );
  expect(kills).toBeGreaterThanOrEqual(20);
  expect(lost).toBe(0);
  expect(unreadable).toBe(0);
  expect(checked).toBeGreaterThan(0);
});
