/**
 * `npm run document-balance`: a row per document with its map's size, the
 * regions it names and the greedy line-up's wins, and one line for a bad flag
 * or file, before any game is played.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/document-balance.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run document-balance', () => {
  it('prints a row per document: regions, named regions, each side\'s wins with an interval, draws', () => {
    const r = cli(['--games', '4', 'test/scenario/briefs/hajin-pocket-2018.txt', 'seeds/deir-ez-zor-2017.txt']);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows[0]).toBe('Greedy bots in every seat, 4 games each, seed "1"');
    expect(rows[1]).toBe('document | regions | named | Coalition | Regime | Islamic State | draws');
    expect(rows).toHaveLength(4);
    const cells = rows[2]!.split(' | ');
    expect(cells[0]).toBe('hajin-pocket-2018.txt');
    expect(Number(cells[1])).toBeGreaterThan(Number(cells[2]));
    expect(cells[2]).toBe('3');
    const wins = cells.slice(3, 6).map((c) => Math.round((Number(/^([\d.]+)%/.exec(c)![1]) / 100) * 4));
    expect(wins.reduce((a, b) => a + b, 0) + Number(cells[6])).toBe(4);
    expect(rows[3]!.startsWith('deir-ez-zor-2017.txt | 13 | ')).toBe(true);
  });

  it('refuses a missing file in one line, before playing anything', () => {
    const r = cli(['--games', '500', 'seeds/deir-ez-zor-2017.txt', 'no-such-document.txt']);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/no-such-document\.txt/);
  });

  it('refuses no documents and a bad --games', () => {
    expect(cli([]).err).toMatch(/name at least one document/);
    expect(cli(['--games', '0', 'seeds/deir-ez-zor-2017.txt']).err).toMatch(/--games must be between 1 and 100000/);
  });
});
