import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { apply, buildRules, margins, newGame, SIDE_NAMES, SIDES, toArray, type GameState } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { randomGame } from '../rules/helpers';
import { newGameFromMenu, observation, openMenu, press, screen, settle, shotPath, useChromium, waitScene, watchReplayOf } from './harness';

/*
 * The table's look (issue 13): the map beneath the board lines up with the
 * regions, the Euphrates runs through the valley towns, the margins strip
 * says what decides the game and follows each action, and the replay
 * viewer's scrub bar jumps to the week clicked.
 */

const baseUrl = inject('baseUrl');
const browser = useChromium();

type Pt = { x: number; y: number };

/** Distance from a point to a polyline. */
function toLine(p: Pt, line: readonly Pt[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  }
  return best;
}

async function regimeGame(page: Page, seed: string): Promise<void> {
  await newGameFromMenu(page, { humans: ['regime'], seed, level: 'greedy' });
  await waitScene(page, 'Game');
  await page.waitForFunction(() => {
    const st = window.euphrates!.state();
    return !!st && st.active === 'regime' && st.phase === 'operations';
  }, undefined, { timeout: 30_000 });
  await settle(page);
}

test('the map lies under the board: regions on their projected coordinates, the Euphrates through the valley towns, borders drawn, drawn once', async () => {
  const { page, errors } = await openMenu(browser(), baseUrl, { width: 1280, height: 800 });
  await regimeGame(page, 'table-look-map');
  const info = await screen(page);
  const view = await observation(page);
  const map = info.map!;
  expect(map.borders).toBeGreaterThan(0);
  // The projection is affine in (lon, lat): two known coordinates fix it.
  const [p, q] = map.probes as [{ lat: number; lon: number; x: number; y: number }, { lat: number; lon: number; x: number; y: number }];
  const at = (lat: number, lon: number) => ({ x: p.x + ((lon - p.lon) * (q.x - p.x)) / (q.lon - p.lon), y: p.y + ((lat - p.lat) * (q.y - p.y)) / (q.lat - p.lat) });
  const off = view.rules.scenario.regions.map((def) => {
    const r = info.regions[def.id]!;
    return { id: def.id, d: Math.hypot(r.x - at(def.lat, def.lon).x, r.y - at(def.lat, def.lon).y), r: r.r };
  });
  // Every region on its coordinates; only a pair the real map puts on top of each other is nudged apart, by less than two radii.
  for (const o of off) expect(o.d, `${o.id} is ${o.d.toFixed(1)} px from its coordinates`).toBeLessThan(2 * o.r);
  expect(off.filter((o) => o.d < 2).length).toBeGreaterThanOrEqual(off.length - 2);

  // The valley towns (the rules' inValley) lie on the Euphrates or the Khabur as drawn: within their own radius of the river.
  const valley = view.rules.ids.filter((_, i) => view.rules.inValley[i]);
  expect(valley.length).toBeGreaterThan(3);
  const euphrates = map.rivers.filter((r) => r.name === 'Euphrates');
  const khabur = map.rivers.filter((r) => r.name === 'Khabur');
  expect(euphrates.length).toBeGreaterThan(0);
  for (const id of valley) {
    const r = info.regions[id]!;
    const d = Math.min(...[...euphrates, ...khabur].map((l) => toLine(r, l.points)));
    expect(d, `${id} is ${d.toFixed(1)} px from the river`).toBeLessThan(r.r * 1.6);
  }
  // A desert region is off the river.
  const palmyra = info.regions['palmyra'];
  if (palmyra) expect(Math.min(...euphrates.map((l) => toLine(palmyra, l.points)))).toBeGreaterThan(palmyra.r * 3);

  // Drawn once for this layout: an action redraws the board but not the map.
  const draws = map.draws;
  await press(page, 'd');
  await press(page, 'Tab');
  expect((await screen(page)).map!.draws).toBe(draws);
  await page.screenshot({ path: shotPath('look-board') });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the margins strip says each side\'s margin and what it needs, the week, the tracks and the noose, and follows an action; in the compact table too', async () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 640, height: 480 }]) {
    const { page, errors } = await openMenu(browser(), baseUrl, size);
    await regimeGame(page, 'table-look-strip');
    const check = async () => {
      const info = await screen(page);
      const v = await observation(page);
      const m = margins(v as never);
      const lines = info.strip!.lines;
      const compact = size.width < 900;
      SIDES.forEach((side, i) => {
        const name = compact ? { coalition: 'C', regime: 'R', islamicState: 'IS' }[side] : SIDE_NAMES[side];
        expect(lines[i]).toMatch(new RegExp(`^${name} ${m[i]} \\(`));
      });
      const best = Math.max(...m);
      const behind = SIDES.findIndex((_, i) => m[i]! < best);
      if (behind >= 0 && !compact) expect(lines[behind]).toContain(`needs ${best - m[behind]! + 1} to lead`);
      const state = lines[3]!;
      expect(state).toContain(compact ? `T${v.turn}/` : `Turn ${v.turn}/`);
      expect(state).toContain(compact ? `Esc ${v.escalation}/` : `Escalation ${v.escalation}/`);
      expect(state).toContain(compact ? `Turkey ${v.turkeyTension}/` : `Turkey tension ${v.turkeyTension}/`);
      expect(state).toMatch(/Noose/);
      // The strip lies inside the canvas, above the board.
      expect(info.strip!.y).toBeGreaterThanOrEqual(0);
      expect(info.strip!.y + info.strip!.h).toBeLessThanOrEqual(size.height);
      return { escalation: v.escalation, state };
    };
    const before = await check();
    // Deconflicting lowers escalation: the strip says the new value at once.
    await press(page, 'd');
    const after = await check();
    if (before.escalation > 0) {
      expect(after.escalation).toBe(before.escalation - 1);
      expect(after.state).not.toBe(before.state);
    }
    // The screen reader's layer reads the same sentences.
    const text = await page.locator('main').innerText();
    if (size.width >= 900) expect(text).toContain((await screen(page)).strip!.lines[0]!);
    await page.screenshot({ path: shotPath(`look-strip-${size.width}x${size.height}`) });
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

/** The index of the first state of each week, and of the first capture, as the rules replay the game in Node. */
function milestones(final: GameState): { starts: number[]; capture: number } {
  let s = newGame(final.rules, final.seed);
  const starts = [0];
  let capture = -1;
  toArray(final.actions).forEach((a, i) => {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    if (r.state.turn !== s.turn) starts.push(i + 1);
    if (capture < 0 && r.events.some((e) => e.type === 'leaderCaptured')) capture = i + 1;
    s = r.state;
  });
  return { starts, capture };
}

test('the replay viewer\'s scrub bar: a click on week N shows week N, a drag follows the pointer, the keys still step', async () => {
  const rules = buildRules(builtinScenario());
  let final = randomGame(rules, 'scrub-1');
  for (let k = 2; k < 30 && !final.leaders.some((l) => l.status === 'captured'); k++) final = randomGame(rules, `scrub-${k}`);
  const { starts, capture } = milestones(final);
  const { page, errors } = await openMenu(browser(), baseUrl, { width: 1280, height: 800 });
  await watchReplayOf(page, final);
  const at = async () => Number(/^replay (\d+)\//.exec((await screen(page)).message)![1]);
  const bar = (await screen(page)).scrub!;
  expect(bar.weeks.length).toBe(starts.length);
  const y = bar.y + bar.h * 0.6;
  for (const week of [3, 1, starts.length]) {
    const cell = bar.weeks.find((w) => w.turn === week)!;
    // The left edge of a week's cell is its first step.
    await page.mouse.click(cell.x0 + 1.5, y);
    await settle(page);
    const i = await at();
    expect(i, `week ${week}`).toBe(starts[week - 1]);
    expect((await screen(page)).scrub!.label).toMatch(new RegExp(`^Week ${week} · `));
    expect((await screen(page)).strip!.lines[3]).toContain(`Turn ${week}/`);
  }
  // A drag from week 2 to the middle of week 5 ends in week 5.
  const w2 = bar.weeks[1]!;
  const w5 = bar.weeks[4]!;
  await page.mouse.move(w2.x0 + 2, y);
  await page.mouse.down();
  for (let k = 1; k <= 8; k++) await page.mouse.move(w2.x0 + 2 + ((w5.x0 + w5.x1) / 2 - w2.x0 - 2) * (k / 8), y);
  await page.mouse.up();
  await settle(page);
  const dragged = await at();
  expect(dragged).toBeGreaterThanOrEqual(starts[4]!);
  expect(dragged).toBeLessThan(starts[5]!);
  // The keys go on from where the bar left the viewer.
  await press(page, 'ArrowRight');
  expect(await at()).toBe(dragged + 1);
  await press(page, 'PageDown');
  expect(await at()).toBe(starts[5]);
  await page.screenshot({ path: shotPath('look-replay-scrub') });
  // The first capture, shown on the board by the viewer.
  expect(capture).toBeGreaterThan(0);
  await press(page, 'Home');
  for (let i = 0; i < capture; i++) await page.keyboard.press('ArrowRight');
  await settle(page);
  await page.waitForFunction((c) => window.euphrates!.screen().message.startsWith(`replay ${c}/`), capture, { timeout: 10_000 });
  await page.screenshot({ path: shotPath('look-capture') });
  expect(errors).toEqual([]);
  await page.context().close();
});
