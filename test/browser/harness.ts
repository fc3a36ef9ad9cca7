import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  buildRules,
  canSee,
  exportReplay,
  describe,
  headline,
  leaderFate,
  margins,
  reason,
  SIDES,
  SIDE_NAMES,
  type Action,
  type Chapter,
  type GameEvent,
  type GameState,
  type Observation,
  type Position,
  type Result,
  type Scenario,
  type Side,
} from '../../src/rules';

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
export async function openPage(browser: Browser, baseUrl: string, options: { width?: number; height?: number; dpr?: number; touch?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, deviceScaleFactor: options.dpr ?? 1, acceptDownloads: true, hasTouch: options.touch ?? false });
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

/**
 * The game's address with the debug flag (docs/UI.md): `window.euphrates`
 * then reads the full state and acts for any side, which the tests use to
 * know what the page must not show. A test of what a player's page allows
 * opens the address without it (`openMenu(..., { debug: false })`).
 */
export function withDebug(baseUrl: string): string {
  return `${baseUrl}?debug`;
}

/** A fresh watched page (see `openPage`) on the game's menu, with the debug flag unless told otherwise. */
export async function openMenu(browser: Browser, baseUrl: string, options: Parameters<typeof openPage>[2] & { debug?: boolean } = {}): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(options.debug === false ? baseUrl : withDebug(baseUrl));
  await waitScene(watched.page, 'Menu');
  return watched;
}

export async function waitScene(page: Page, scene: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((s) => window.euphrates?.screen().scene === s, scene, { timeout });
}

/**
 * The page's histories are linked lists, newest first, one cell per action:
 * too deep a chain for page.evaluate to carry. These bring the state and the
 * observation across with each history as an array, oldest first.
 */
export type PlainState = Omit<GameState, 'actions' | 'chronicle' | 'seen'> & { actions: Action[]; chronicle: Chapter[] };
export type PlainObservation = Omit<Observation, 'log'> & { log: Chapter[] };

export async function gameState(page: Page): Promise<PlainState> {
  return page.evaluate(() => {
    const { actions, chronicle, seen: _seen, ...rest } = window.euphrates!.state()!;
    const list = <T>(h: { item: T; prev: unknown } | null): T[] => {
      const out: T[] = [];
      for (let c = h; c !== null; c = c.prev as typeof h) out.unshift(c.item);
      return out;
    };
    return { ...rest, actions: list(actions), chronicle: list(chronicle) };
  });
}

export async function observation(page: Page): Promise<PlainObservation> {
  return page.evaluate(() => {
    const { log, ...rest } = window.euphrates!.view()!;
    const chapters: Chapter[] = [];
    for (let c = log; c !== null; c = c.prev) chapters.unshift(c.item);
    return { ...rest, log: chapters };
  });
}

export async function screen(page: Page) {
  return page.evaluate(() => window.euphrates!.screen());
}

/**
 * Phaser handles input on its next frames: wait three animation frames, then,
 * on the table, until the board shows every action (it draws one only once its
 * autosave is on disk), so the effect is visible. Ten seconds at most: bots
 * playing on at instant speed may keep the board a write behind for a while.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const t0 = performance.now();
        const drawn = () => {
          const e = window.euphrates;
          const shown = e?.screen().actions;
          // Without the debug flag the record is closed until the game ends: then three frames it is.
          const all = e?.actions();
          if (shown === undefined || !all || shown >= all.length || performance.now() - t0 > 10_000) ok();
          else requestAnimationFrame(drawn);
        };
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      }),
  );
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

/**
 * Hot-seat: the next player says they are at the screen, by clicking the
 * hand-over card's button (the only click that dismisses it).
 */
export async function takeSeat(page: Page): Promise<void> {
  await waitScene(page, 'HandOver');
  await clickButton(page, 'card');
  await page.waitForFunction(() => window.euphrates!.screen().scene !== 'HandOver');
}

export function shotPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}.png`;
}

/**
 * The message a player should read after an action, built in Node from the
 * page's own record: the newest chapter of the viewer's log (the events of the
 * last `apply`), each event the viewer may see in the rules' words.
 */
export async function messageFromEvents(page: Page): Promise<string> {
  const seen = await page.evaluate(() => {
    const v = window.euphrates!.view()!;
    return { scenario: v.rules.scenario, viewer: v.viewer, events: v.log?.item.events ?? [] };
  });
  const rules = buildRules(seen.scenario as Scenario);
  const told = (seen.events as GameEvent[]).filter((e) => canSee(e, seen.viewer as Side)).map((e) => describe(e, seen.viewer as Side, rules));
  return told.join(' ') || 'Done.';
}

/** What the game-over screen should say first: the result's headline and reason, in the rules' words. */
export function verdict(result: Result, scenario: Scenario): string {
  return `${headline(result)}: ${reason(result, buildRules(scenario))}`;
}

/** The final state brought over from the page as a position the rules can read (its ruleset rebuilt in Node: Maps do not cross). */
export function positionOf(s: PlainState): Position {
  return { ...s, rules: buildRules(s.rules.scenario), actions: null, chronicle: null, seen: [null, null, null] } as GameState;
}

/**
 * Checks the game-over screen against the final state: the verdict in the
 * rules' words; each leader's fate in the rules' words (`leaderFate`), and
 * from its record: captured by the side that did it, where and on which turn,
 * or at large; each side's victory margin and leader value from the result
 * (which the final board's margins must equal), and the strength it lost,
 * summed here from the chronicle's combat events. No victory points anywhere.
 */
export async function expectGameOverScreen(page: Page): Promise<PlainState> {
  const s = await gameState(page);
  const info = await screen(page);
  const { scenario } = s.rules;
  const result = s.result!;
  const position = positionOf(s);
  expect(info.scene).toBe('GameOver');
  expect(info.message).toBe(verdict(result, scenario));
  const name = (id: string) => scenario.regions.find((r) => r.id === id)!.name;
  const notes = info.notes ?? [];
  s.leaders.forEach((l, i) => {
    const who = scenario.leaders[i]!.name;
    const line = notes.find((n) => n.startsWith(`${who}: `));
    expect(line).toBe(`${who}: ${leaderFate(l, position)}`);
    if (l.status === 'captured') expect(line).toMatch(new RegExp(`^${literal(who)}: captured by the ${SIDE_NAMES[l.by]} in ${literal(name(l.at))}, .+, turn ${l.turn}$`));
    else expect(line).toMatch(new RegExp(`^${literal(who)}: .*at large in .*${literal(name(l.at))}$`));
  });
  expect([...result.margins]).toEqual([...margins(position)]);
  const lost = [0, 0, 0];
  for (const chapter of s.chronicle) {
    for (const e of chapter.events) {
      if (e.type === 'attacked') {
        lost[SIDES.indexOf(e.side)]! += e.attackerLoss;
        lost[SIDES.indexOf(e.defender)]! += e.defenderLoss;
      }
      if (e.type === 'airStruck') lost[2]! += e.garrisonLoss;
      // A broken garrison's men lost past the stacking limit, or surrendered (RULES §4.4).
      if (e.type === 'retreated') lost[SIDES.indexOf(e.side)]! += e.lost;
    }
  }
  SIDES.forEach((side, i) => {
    const value = side === 'islamicState' ? 'at large' : 'caught';
    expect(notes.find((n) => n.startsWith(`${SIDE_NAMES[side]}: `))).toMatch(
      new RegExp(`^${SIDE_NAMES[side]}: margin ${result.margins[i]} · leader value ${value} ${result.leaders[i]} · \\d+ regions held · ${lost[i]} strength lost`),
    );
  });
  expect([info.message, ...notes].join('\n')).not.toMatch(/victory points?|\bVP\b/i);
  return s;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes one action for the human whose turn it is, the way a player would:
 * a whole-stack move (click, click), else an attack (click, click, Enter),
 * else a fortification (click, F), else a search (click, S). Returns the action expected.
 */
export async function playOneAction(page: Page): Promise<Action> {
  const s = await gameState(page);
  const legal = await page.evaluate(() => window.euphrates!.legal());
  const ids = s.rules.scenario.regions.map((r) => r.id);
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

/** A new game from the menu: these sides human, the others bots, at this speed (instant by default) and with this shared seed. */
export async function newGameFromMenu(page: Page, opts: { humans: readonly Side[]; seed: string; speed?: string; level?: string }): Promise<void> {
  for (const side of SIDES) await page.selectOption(`#me-seat-${side}`, opts.humans.includes(side) ? 'human' : 'bot');
  await page.selectOption('#me-speed', opts.speed ?? 'instant');
  if (opts.level) await page.selectOption('#me-level', opts.level);
  await page.fill('#me-seed', opts.seed);
  await page.click('#me-new');
}

/** The menu opens the replay file of a finished game (written to a temporary file), and the viewer shows it. */
export async function watchReplayOf(page: Page, final: GameState): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'euphrates-')), `${final.seed}.replay.json`);
  writeFileSync(file, JSON.stringify(exportReplay(final)));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#me-replay')]);
  await chooser.setFiles(file);
  await waitScene(page, 'Replay');
}
