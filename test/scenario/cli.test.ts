import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/scenario.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'scenario-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run scenario', () => {
  test('prints the summary of the seed: sides, actors, regions, flight, leaders, each with its quote', () => {
    const r = cli('seeds/deir-ez-zor-2017.txt');
    expect(r.status).toBe(0);
    for (const s of ['Coalition: SDF, US', 'Regime: Syrian government, Russia, Iran-backed militias', 'Non-player: Turkey', 'Deir el-Zour [city', 'Madan [town', 'Flight: from Raqqa to Deir el-Zour, Madan', 'Abu Bakr al-Baghdadi (value 2)', '"Many of the group’s leaders']) {
      expect(r.stdout).toContain(s);
    }
  });

  test('--json prints the scenario', () => {
    const r = cli('seeds/deir-ez-zor-2017.txt', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'deir-ez-zor-2017', objectives: { capture: 'raqqa', hold: 'deir-ez-zor' } });
  });

  test.each([
    ['an unknown flag', ['seeds/deir-ez-zor-2017.txt', '--bogus'], /Unknown option '--bogus'/],
    ['no file', [], /Name the document to compile/],
    ['a missing file', ['no/such/file.txt'], /Cannot read no\/such\/file\.txt: no such file/],
    ['an empty file', [file('empty.txt', '')], /is empty/],
    ['a binary file', [file('bin.txt', new Uint8Array([0x49, 0, 0x53]))], /binary file/],
    ['a non-UTF-8 file', [file('latin1.txt', new Uint8Array([0x44, 0xe9, 0x69, 0x72]))], /not valid UTF-8/],
    ['a document too thin to play', [file('thin.txt', 'ISIS and the SDF fought in Paris and Berlin.')], /names no place of the theater/],
    ['a 2 MB file', [file('long.txt', 'ISIS fled Raqqa. '.repeat(120_000))], /long\.txt is more than 1\.5 MB; the compiler reads documents of up to 500,000 characters/],
    // Only regular files are read, so a device that never ends is refused before a byte of it fills the memory.
    ['a device that never ends', ['/dev/zero'], /^\/dev\/zero is a character device, not a document: only regular files are read\./],
  ])('%s: one line on stderr, exit 2', (_name, args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
