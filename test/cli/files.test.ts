import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs a CLI entry point the way `npm run` does (through tsx); a command that hangs is stopped after 60 s (status null). */
function cli(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'euphrates-files-'));
const fifo = join(tmp, 'pipe.json');
spawnSync('mkfifo', [fifo]);
const link = join(tmp, 'link.replay.json');
symlinkSync(join(process.cwd(), 'test/golden/builtin-1.replay.json'), link);

/** One line on stderr naming the path, exit 2, nothing on stdout, no stack trace. */
function refusedOneLine(r: ReturnType<typeof cli>, path: string, what: RegExp) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err.startsWith(`${path} is `)).toBe(true);
  expect(r.err).toMatch(what);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('the CLI reads only regular files', () => {
  it.each([
    ['replay', (p: string) => [p]],
    ['scenario', (p: string) => [p]],
    ['sim', (p: string) => ['--games', '1', '--scenario', p]],
  ] as const)('%s refuses a named pipe at once instead of waiting for a writer forever', (script, args) => {
    refusedOneLine(cli(script, args(fifo)), fifo, /is a named pipe \(FIFO\), not a .*: only regular files are read\./);
  });

  it.each([
    ['replay', '/dev/zero', /a character device/],
    ['scenario', '/dev/zero', /a character device/],
    ['scenario', '/dev/null', /a character device/],
    ['replay', tmp, /a directory/],
    ['scenario', tmp, /a directory/],
  ])('%s refuses %s (its size reads 0; it would be read forever or as nothing)', (script, path, what) => {
    refusedOneLine(cli(script, [path]), path, what);
  });

  it('reads a regular file through a symbolic link', () => {
    const r = cli('replay', [link]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/matches the recorded hash/);
  });
});

describe('a flag given twice is an error naming it', () => {
  it.each([
    ['sim', '--games', ['--games', '3', '--games', '1000000']],
    ['sim', '--json', ['--json', '--games', '2', '--json']],
    ['sim', '--seed', ['--seed=a', '--seed', 'b']],
    ['replay', '--json', ['--json', '--json', 'test/golden/builtin-1.replay.json']],
    ['scenario', '--json', ['seeds/deir-ez-zor-2017.txt', '--json', '--json']],
    ['compare', '--side', ['--side', 'regime', '--side', 'coalition', '--levels', 'random,greedy']],
    ['manhunt', '--games', ['--games', '1', '--games', '2']],
    ['soak', '--games', ['--games', '1', '--games', '2']],
    ['bench', '--quick', ['--quick', '--quick']],
    ['fuzz', '--mutants', ['--mutants', '1', '--mutants', '2']],
  ])('%s: %s twice', (script, flag, args) => {
    const r = cli(script, args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${flag} is given more than once; give it once\\. Usage: npm run ${script} -- `));
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('a closed pipe ends a command quietly', () => {
  it.each([
    ['npm run sim -- --games 200 --bots random --json | head -1'],
    ['node --import tsx src/cli/sim.ts --games 200 --bots random --json | head -c 100'],
    ['node --import tsx src/cli/scenario.ts seeds/deir-ez-zor-2017.txt --json | head -1'],
    ['node --import tsx src/cli/replay.ts test/golden/builtin-1.replay.json | head -1'],
  ])('%s: exit 0, nothing on stderr', (command) => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${command} >/dev/null`], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
