import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/record-export';

function sim(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'euphrates-records-'));

describe('npm run sim -- --records FILE', () => {
  const json = JSON.parse(sim(['--games', '4', '--seed', 'rec', '--json']).out);

  it('writes NDJSON: each game\'s whole record on a line of its own, the records --json prints', () => {
    const path = join(tmp, 'games.ndjson');
    const r = sim(['--games', '4', '--seed', 'rec', '--records', path]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`4 records written to ${path}`);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.records);
  });

  it('writes CSV: a header, then one row a game of its scalar fields, agreeing with the records', () => {
    const path = join(tmp, 'games.csv');
    expect(sim(['--games', '4', '--seed', 'rec', '--records', path]).code).toBe(0);
    const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(header!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => {
      const cells = Object.fromEntries(row.split(',').map((v, k) => [CSV_COLUMNS[k], v]));
      const rec = json.records[i];
      expect(cells).toMatchObject({ index: String(i), seed: `rec:${i}`, winner: rec.winner ?? '', victory: rec.victory, turns: String(rec.turns), margin_islamicState: String(rec.margins.islamicState), leaders_captured: String(rec.leadersCaptured) });
      expect(Number(cells.captures_by_coalition) + Number(cells.captures_by_regime)).toBe(rec.leadersCaptured);
    });
  });

  it('refuses a file whose extension names no format, or a folder that is not there, before any game is played', () => {
    const wrong = sim(['--games', '100000', '--records', join(tmp, 'games.txt')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^--records .*games\.txt: name a \.ndjson \(or \.jsonl\) or \.csv file; the extension says the format\./);
    const nowhere = join(tmp, 'no-such-folder', 'games.csv');
    const missing = sim(['--games', '100000', '--records', nowhere]);
    expect(missing.code).toBe(2);
    expect(existsSync(nowhere)).toBe(false);
  });
});
