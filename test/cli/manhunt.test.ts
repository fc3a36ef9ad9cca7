import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { GameRecord } from '../../src/cli/game-record';
import { formatFigures, longestQuiet, manhuntFigures } from '../../src/cli/manhunt-figures';
import { builtinScenario } from '../../src/scenario/builtin-file';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/manhunt.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A record with only what a figure reads set; the rest plain. */
function record(over: Partial<GameRecord>): GameRecord {
  return {
    index: 0,
    seed: 's:0',
    winner: 'coalition',
    victory: 'margin',
    turns: 3,
    routed: false,
    margins: { coalition: 3, regime: 0, islamicState: 0 },
    marginsByTurn: { coalition: [0, 0, 3], regime: [0, 0, 0], islamicState: [0, 0, 0] },
    leaderValue: { coalition: 0, regime: 0, atLarge: 0 },
    leadersCaptured: 1,
    leadersAtLarge: 1,
    leaders: [],
    captures: [],
    escalation: [0, 0, 0],
    taken: [1, 1, 1],
    searches: 0,
    searchesOfEmpty: 0,
    continuations: null,
    ...over,
  };
}

describe('the manhunt figures, from records only', () => {
  it('shares leaders at the end of turn 3 by region, most held first, and flags a crowded hideout', () => {
    const at = (path: string[]) => ({ leader: 'x', path, caughtAt: null });
    const spread = manhuntFigures([
      record({ leaders: [at(['a', 'a', 'a']), at(['a', 'b', 'b']), at(['c', 'c', 'c']), at(['a', 'c', 'd'])] }),
      record({ leaders: [at(['a', 'a', 'b']), at(['a']), { leader: 'y', path: ['a'], caughtAt: 'a' }] }),
    ]);
    expect(spread.hideouts.leaders).toBe(5);
    expect(spread.hideouts.regions.map((r) => [r.region, r.count])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
      ['d', 1],
    ]);
    expect(spread.hideouts.met).toBe(true);
    const crowded = manhuntFigures([record({ leaders: [at(['a', 'a', 'a']), at(['a', 'a', 'a']), at(['b', 'b', 'b'])] })]);
    expect(crowded.hideouts.met).toBe(false);
  });

  it('counts searches of regions proven empty, and games whose leaders at large all end in one region', () => {
    const at = (path: string[]) => ({ leader: 'x', path, caughtAt: null });
    const f = manhuntFigures([
      record({ searches: 10, searchesOfEmpty: 2, leaders: [at(['a', 'b', 'c']), at(['a', 'c', 'c'])] }),
      record({ searches: 5, leaders: [at(['a', 'b', 'c']), at(['a', 'b', 'd']), { leader: 'y', path: ['a'], caughtAt: 'c' }] }),
      record({ leaders: [at(['a', 'a', 'a'])] }),
    ]);
    expect(f.searchesOfEmpty).toMatchObject({ count: 2, of: 15, met: false });
    expect(f.leadersTogether).toMatchObject({ count: 1, of: 2 });
    expect(manhuntFigures([record({ searches: 4 })]).searchesOfEmpty.met).toBe(true);
  });

  it('counts hunt captures, all-or-nothing games, wins by victory, escalation, stalls and continuations', () => {
    const f = manhuntFigures([
      record({ captures: [{ leader: 'a', turn: 1, by: 'coalition', how: 'raid' }], leadersCaptured: 0, escalation: [1, 8], taken: [0, 0, 0, 0, 0, 1] }),
      record({ winner: null, victory: 'tie', leadersAtLarge: 0, escalation: [4], continuations: { fromTurn: 10, games: 4, winners: { coalition: 2, regime: 1, islamicState: 0, draw: 1 } } }),
      record({ winner: 'regime', continuations: { fromTurn: 10, games: 4, winners: { coalition: 0, regime: 4, islamicState: 0, draw: 0 } } }),
      record({ winner: 'coalition', victory: 'suddenDeath', escalation: [] }),
    ]);
    expect(f.hunt).toMatchObject({ count: 1, of: 1, met: true });
    expect(f.allOrNothing).toMatchObject({ none: 1, all: 1, count: 2, of: 4, met: true });
    expect(f.wins.coalition).toMatchObject({ count: 2, share: 0.5, met: false });
    expect(f.wins.regime).toMatchObject({ count: 1, met: true });
    expect(f.draws).toMatchObject({ count: 1, met: false });
    expect(f.byVictory.coalition).toEqual({ suddenDeath: 1, margin: 1, tie: 0 });
    expect(f.byVictory.draw.tie).toBe(1);
    expect(f.escalation.mean).toBe((8 + 4 + 0 + 0) / 4);
    expect(f.stalled).toMatchObject({ count: 1, of: 4 });
    expect(f.settled).toMatchObject({ games: 2, continuations: 4, meanTopShare: (0.5 + 1) / 2, met: false });
    expect(longestQuiet([0, 1, 0, 0, 0, 2, 0, 0])).toBe(3);
    const text = formatFigures(f, builtinScenario(), 4);
    expect(text.split('\n').filter((l) => / (met|MISSED)\]$/.test(l))).toHaveLength(11);
    expect(formatFigures(manhuntFigures([record({})]), builtinScenario(), 0)).toMatch(/Not settled early: not measured \(--continuations 0\)$/);
  });
});

describe('npm run manhunt', () => {
  const args = ['--games', '6', '--seed', 'mh', '--continuations', '2'];
  it('prints every figure with its target and a verdict, the same whatever --workers is', () => {
    const one = cli([...args, '--workers', '1']);
    expect(one.code).toBe(0);
    expect(one.err).toBe('');
    const figures = [
      /^Leaders at the end of turn 3 \(\d+ at large\), by region: .+%.*\[target no region over 40%, 3\+ regions at 10% or more: (met|MISSED)\]$/m,
      /^Captures by the hunt \(raid, interception\): \d+ of \d+ \([\d.]+%\); walked in \d+ +\[target ≥ 30%: (met|MISSED)\]$/m,
      /^Games with no leader or every leader caught: \d+ of 6 .*\[target ≤ 60%: (met|MISSED)\]$/m,
      /^Coalition wins \(95% Wilson\): \d+ of 6, [\d.]+% \[[\d.]+, [\d.]+\] +\[target 25–42%: (met|MISSED)\]$/m,
      /^Regime wins \(95% Wilson\): .*\[target 25–42%: (met|MISSED)\]$/m,
      /^Islamic State wins \(95% Wilson\): .*\[target 25–42%: (met|MISSED)\]$/m,
      /^Draws: \d+ of 6 .*\[target ≤ 5%: (met|MISSED)\]$/m,
      /^Wins by victory: Coalition .*; Regime .*; Islamic State .*; draws .*$/m,
      /^Mean escalation at the last turn: [\d.]+ +\[target ≤ 6: (met|MISSED)\]$/m,
      /^Games with 5\+ turns in a row without a region changing hands: \d+ of 6 .*\[target ≤ 10%: (met|MISSED)\]$/m,
      /^Searches of a region a search had proven empty that turn: \d+ of \d+ .*\[target none \(issue 12\): (met|MISSED)\]$/m,
      /^Games ending with 2\+ leaders at large, all in one region: \d+ of \d+ \([\d.]+%\)$/m,
      /^Not settled early: most frequent winner of 2 continuations from the end of turn 10, mean over \d+ games: [\d.]+% +\[target ≤ 70%: (met|MISSED)\]$/m,
    ];
    for (const f of figures) expect(one.out).toMatch(f);
    expect(cli([...args, '--workers', '2']).out).toBe(one.out);
  });

  it('gives the figures as data under --json', () => {
    // A flag is given once (a repeated one is refused): these are the same games with no continuations.
    const r = cli(['--games', '6', '--seed', 'mh', '--continuations', '0', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ format: 'middle-euphrates/manhunt', version: 1, games: 6, continuations: 0 });
    expect(Object.keys(out.figures)).toEqual(['games', 'hideouts', 'hunt', 'allOrNothing', 'wins', 'draws', 'byVictory', 'escalation', 'stalled', 'searchesOfEmpty', 'leadersTogether', 'settled']);
    expect(out.figures.settled).toBeNull();
    // The records the figures were computed from come with them, so a figure can be traced to its games.
    expect(out.records).toHaveLength(6);
    const atLarge = out.records.filter((r: { leadersAtLarge: number }) => r.leadersAtLarge >= 2).length;
    expect(out.figures.leadersTogether.of).toBe(atLarge);
  });

  const bad = [['--games', '0'], ['--continuations', '-1'], ['--continuations', 'x'], ['--bots', 'genius'], ['--bots', 'greedy-no-fly'], ['--workers', '0'], ['--bogus']];
  it.each(bad.map((args) => [args.join(' '), args]))('refuses "%s" with one line and exit code 2', (_, args) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
