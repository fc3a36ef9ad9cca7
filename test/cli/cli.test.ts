import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
    expect(a.out).toMatch(/Wins: Coalition \d+ .*Regime \d+ .*Islamic State \d+/);
    expect(a.out).toMatch(/Mean game length: [\d.]+ turns/);
    expect(a.out).toMatch(/captured .* escaped/);
    expect(a.out).toBe(b.out);
  });

  it('gives the same records whatever the number of workers', () => {
    const one = JSON.parse(cli('sim', ['--seed', 'w', '--games', '4', '--bots', 'random', '--json', '--workers', '1']).out);
    const two = JSON.parse(cli('sim', ['--seed', 'w', '--games', '4', '--bots', 'random', '--json', '--workers', '2']).out);
    expect(two.records).toEqual(one.records);
    expect(one.records).toHaveLength(4);
    expect(one.records[0]).toMatchObject({ index: 0, seed: 'w:0' });
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
  it('replays a golden replay and prints the summary and matching hash', () => {
    const r = cli('replay', ['test/golden/fixture-1.replay.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/State hash: [0-9a-f]{16} \(matches the recorded hash\)/);
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
