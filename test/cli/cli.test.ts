import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReplay, type Replay } from '../../src/rules';

/** Runs a CLI entry point the way `npm run` does (through tsx). */
function cli(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'euphrates-cli-'));

describe('npm run sim', () => {
  it('prints per-side wins, mean length and leaders, the same twice for the same arguments', () => {
    const a = cli('sim', ['--seed', '7', '--games', '6', '--bots', 'random']);
    const b = cli('sim', ['--seed', '7', '--games', '6', '--bots', 'random']);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/Wins \(share, 95% Wilson interval\): Coalition \d+ .*Regime \d+ .*Islamic State \d+/);
    expect(a.out).toMatch(/Mean game length: [\d.]+ turns/);
    expect(a.out).toMatch(/captured .* escaped/);
    expect(a.out).toMatch(/Results by reason: (coalitionObjective|regimeObjective|leadersEscaped|victoryPoints|tie) \d+/);
    expect(a.out).toMatch(/Captures by side: Coalition \d+, Regime \d+, Islamic State \d+/);
    expect(a.out).toBe(b.out);
  });

  it('gives the same output whatever the number of workers, the results as data', () => {
    const args = ['--seed', 'w', '--games', '4', '--bots', 'random', '--json'];
    const oneText = cli('sim', [...args, '--workers', '1']).out;
    const twoText = cli('sim', [...args, '--workers', '2']).out;
    expect(twoText).toBe(oneText);
    const one = JSON.parse(oneText);
    expect(one.records).toHaveLength(4);
    expect(one.records[0]).toMatchObject({ index: 0, seed: 'w:0' });
    for (const r of one.records) {
      expect(['coalitionObjective', 'regimeObjective', 'leadersEscaped', 'victoryPoints', 'tie']).toContain(r.reason);
      expect(Object.keys(r.vp)).toEqual(['coalition', 'regime', 'islamicState']);
      for (const c of r.captures) expect(c).toMatchObject({ by: expect.any(String), how: expect.any(String), turn: expect.any(Number) });
    }
    const reasons = Object.values(one.summary.winsByReason as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(reasons).toBe(4);
    const captures = Object.values(one.summary.capturesBySide as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(captures).toBe(one.summary.leadersCaptured);
  });

  it('writes an HTML report with SVG charts', () => {
    const path = join(tmp, 'report.html');
    expect(cli('sim', ['--games', '3', '--bots', 'random', '--report', path]).code).toBe(0);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Wins by side');
  });
});

describe('npm run replay', () => {
  const golden = 'test/golden/fixture-1.replay.json';
  /** The golden replay, changed, in a file of its own. */
  function changed(change: (replay: Replay) => void): string {
    const loaded = loadReplay(readFileSync(golden, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    const replay = { ...loaded.value };
    change(replay);
    const path = join(tmp, 'changed.replay.json');
    writeFileSync(path, JSON.stringify(replay));
    return path;
  }

  it('replays a golden replay and prints the result, victory points, leaders and the matching hash', () => {
    const r = cli('replay', [golden]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Ended on turn \d+ \([\d-]+\): (Coalition wins|Regime wins|Islamic State wins|Draw): /);
    expect(r.out).toMatch(/Victory points: Coalition -?\d+, Regime -?\d+, Islamic State -?\d+/);
    expect(r.out).toMatch(/^ {2}Turn \d+: .+ is captured by the (Coalition|Regime) in /m);
    expect(r.out).toMatch(/State hash: [0-9a-f]{16} \(matches the recorded hash\)/);
  });

  it('names who captured each leader, how and when, in --json', () => {
    const r = cli('replay', ['test/golden/builtin-1.replay.json', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.matches).toBe(true);
    expect(summary.result).toMatchObject({ reason: expect.any(String), headline: expect.any(String), why: expect.any(String) });
    const captured = summary.leaders.filter((l: { status: string }) => l.status === 'captured');
    expect(captured.length).toBeGreaterThan(0);
    for (const l of captured) expect(l).toMatchObject({ by: expect.any(String), how: expect.any(String), turn: expect.any(Number) });
  });

  it('says on stderr that a format-1 file was migrated and its old hash not checked, and still exits 0', () => {
    const r = cli('replay', ['test/fixtures/v1/fixture-1.replay.json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/migrated from replay format 1; its old hash could not be checked/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/State hash: [0-9a-f]{16} \(format 1: no recorded hash/);
  });

  it('exits 1 when the actions do not lead to the recorded hash', () => {
    const r = cli('replay', [changed((replay) => (replay.hash = '0000000000000000'))]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DIFFERS from the recorded 0000000000000000/);
  });
});

describe('npm run compare', () => {
  it('prints each level\'s wins with a Wilson interval and the paired difference over the same seeds', () => {
    const r = cli('compare', ['--side', 'regime', '--levels', 'random,greedy', '--games', '8', '--seed', 'c']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| random \| \d+ \| \d+\.\d% \[\d+\.\d, \d+\.\d\] \|/);
    expect(r.out).toMatch(/\| greedy \| \d+ \| /);
    expect(r.out).toMatch(/\| greedy − random \| [+−]\d+\.\d \[[+−]\d+\.\d, [+−]\d+\.\d\] \|/);
    expect(cli('compare', ['--side', 'regime', '--levels', 'random,greedy', '--games', '8', '--seed', 'c']).out).toBe(r.out);
  });
});

describe('bad input: one line on stderr, exit code 2, no stack trace', () => {
  const notJson = join(tmp, 'bad.json');
  writeFileSync(notJson, '{"format": "middle-euphrates/replay", "version": 1, "scenario": 3}');
  it.each([
    ['sim', ['--bogus']],
    ['sim', ['--games']],
    ['sim', ['--games', '-3']],
    ['sim', ['--games', '1e9']],
    ['sim', ['--games', 'ten']],
    ['sim', ['--workers', '0']],
    ['sim', ['--bots', 'coalition=search']],
    ['sim', ['--scenario', '/no/such/file.txt']],
    ['replay', []],
    ['replay', ['/no/such/replay.json']],
    ['replay', [notJson]],
    ['replay', [tmp]],
    ['replay', ['a.json', 'b.json']],
    ['soak', ['--games', '0']],
    ['soak', ['--games', '99999999999']],
    ['soak', ['--wat']],
    ['bench', ['--games', '-1']],
    ['bench', ['--nope']],
    ['compare', []],
    ['compare', ['--side', 'turkey']],
    ['compare', ['--side', 'regime', '--levels', 'greedy']],
    ['compare', ['--side', 'regime', '--levels', 'greedy,genius']],
    ['compare', ['--side', 'regime', '--games', '0']],
    ['scenario', []],
    ['scenario', ['--json']],
    ['scenario', ['/no/such/doc.txt']],
  ])('%s %j', (script, args) => {
    const r = cli(script, args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
