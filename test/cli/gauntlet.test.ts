import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGame, type Bot } from '../../src/ai';
import { loadSeats, seatBot } from '../../src/cli/bot-modules';
import { scriptsIn } from '../../src/cli/scripts';
import type { Seat } from '../../src/cli/seats';
import { buildRules, sideIndex, SIDES, toArray, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const scripts = scriptsIn('bots/scripts');
const greedy: Seat = { level: 'greedy', exclude: [] };
const botOptions = { search: { iterations: 40 } };

/** `side`'s victory margins summed over seeds `${seed}:0..games-1`, `seat` in its seat and the other sides greedy; every module action checked. */
async function margins(side: Side, seat: Seat, seed: string, games: number): Promise<number> {
  const seats = Object.fromEntries(SIDES.map((s) => [s, s === side ? seat : greedy])) as Record<Side, Seat>;
  await loadSeats(seats, botOptions);
  let total = 0;
  for (let i = 0; i < games; i++) {
    const bots = Object.fromEntries(SIDES.map((s) => [s, seatBot(seats[s], s, `${seed}:${i}`, botOptions)])) as Record<Side, Bot>;
    total += playGame(rules, `${seed}:${i}`, bots).result.margins[sideIndex(side)]!;
  }
  return total;
}

function gauntlet(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/gauntlet.ts', ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the gauntlet of scripts', () => {
  it('has at least five scripts for every side', () => {
    for (const side of SIDES) expect(scripts.filter((s) => s.side === side).length, side).toBeGreaterThanOrEqual(5);
  });

  it.each(scripts.map((s) => [s.seat.module, s] as const))('%s plays whole games of legal moves in its seat, and acts', async (_, script) => {
    const seats = Object.fromEntries(SIDES.map((s) => [s, s === script.side ? script.seat : greedy])) as Record<Side, Seat>;
    await loadSeats(seats, {});
    for (const seed of ['legal:0', 'legal:1']) {
      // seatBot holds a module's bot to the rules: an illegal action would throw here.
      const bots = Object.fromEntries(SIDES.map((s) => [s, seatBot(seats[s], s, seed, {})])) as Record<Side, Bot>;
      const game = playGame(rules, seed, bots);
      expect(game.state.phase).toBe('over');
      expect(toArray(game.state.actions).filter((a) => a.side === script.side && a.type !== 'endPhase').length).toBeGreaterThan(5);
    }
  });

  // The turtles never attack or move: a bot worth its seat ends with a wider victory margin (the side's own
  // scale, §9.1, finer than wins at two dozen games). Fixed seeds make the sums exact; two points a game keep them meaningful.
  const GAMES = 24;
  const turtles: [Side, string, boolean][] = [
    ['coalition', 'bots/scripts/coalition-turtle.ts', true],
    ['regime', 'bots/scripts/regime-turtle.ts', true],
    ['islamicState', 'bots/scripts/islamic-state-turtle.ts', true],
  ];
  it.each(turtles)('greedy (and search) end with a wider %s margin than its turtle', async (side, file, search) => {
    const turtle = await margins(side, { module: file }, 'floor', GAMES);
    const greedyMargin = await margins(side, greedy, 'floor', GAMES);
    expect(greedyMargin, `greedy ${greedyMargin}, turtle ${turtle}`).toBeGreaterThanOrEqual(turtle + 2 * GAMES);
    if (!search) return;
    const searchMargin = await margins(side, { level: 'search', exclude: [] }, 'floor', GAMES);
    expect(searchMargin, `search ${searchMargin}, turtle ${turtle}`).toBeGreaterThanOrEqual(turtle + 2 * GAMES);
  });
});

describe('npm run gauntlet', () => {
  it('prints, for each script of a side, its wins and the search bot\'s with intervals and their paired difference', () => {
    const r = gauntlet(['--side', 'regime', '--games', '4', '--iterations', '10', '--seed', 'fmt']);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[1]).toBe('4 games a script, seed "fmt" (game i plays "fmt:i"), each script in its side\'s seat against search in that seat, the other sides greedy, 10 search iterations');
    const base = /^Regime: search wins (\d) of 4, ([\d.]+)% \[[\d.]+, [\d.]+\]$/.exec(lines.find((l) => l.startsWith('Regime:'))!);
    expect(base).not.toBeNull();
    expect(lines).toContain('| script | games | script wins [95% Wilson] | search wins [95% Wilson] | script − search, points [95%] |');
    const rows = lines.filter((l) => l.startsWith('| regime-'));
    expect(rows.map((l) => l.split(' | ')[0]!.slice(2))).toEqual(scripts.filter((s) => s.side === 'regime').map((s) => s.seat.module.replace(/^.*\/|\.ts$/g, '')));
    for (const row of rows) {
      const m = /^\| [\w-]+ \| 4 \| ([\d.]+)% \[[\d.]+, [\d.]+\] \| ([\d.]+)% \[[\d.]+, [\d.]+\] \| ([+−][\d.]+) \[([+−][\d.]+), ([+−][\d.]+)\] \|$/.exec(row);
      expect(m, row).not.toBeNull();
      const [script, search, diff, low, high] = m!.slice(1).map((x) => Number(x.replace('−', '-')));
      // Paired over the same seeds: the mean difference is the difference of the win rates, inside its interval.
      expect(search).toBe(Number(base![2]));
      expect(diff).toBeCloseTo(script! - search!, 5);
      expect(low).toBeLessThanOrEqual(diff!);
      expect(high).toBeGreaterThanOrEqual(diff!);
    }
    expect(lines.at(-1)).toMatch(/^Scripts that may beat search \(interval's upper end above 3 points\): (none|[\w-]+(, [\w-]+)*)$/);
  });

  it('refuses a script whose file name names no side, with one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'euphrates-scripts-'));
    writeFileSync(join(dir, 'mine.ts'), "export default () => ({ choose: () => ({ type: 'endPhase', side: 'coalition' }) });");
    const r = gauntlet(['--scripts', dir, '--games', '1']);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/mine\.ts plays no side: a script's file name starts with coalition-, regime-, islamic-state-/);
  });
});
