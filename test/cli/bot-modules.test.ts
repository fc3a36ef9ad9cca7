import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch';
import { botName, parseBots, parseSeat, seatName } from '../../src/cli/seats';
import { builtinScenario } from '../../src/scenario/builtin-file';

const scenario = builtinScenario();
const tmp = mkdtempSync(join(tmpdir(), 'euphrates-bots-'));

/** A bot module in a file of its own, for the Coalition's seat. */
function botFile(name: string, source: string): string {
  const path = join(tmp, name);
  writeFileSync(path, source);
  return path;
}

function sim(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bot modules in a seat', () => {
  it('reads a path as a module seat and a level as a level, and writes both back', () => {
    expect(parseSeat('./bots/scripts/regime-road.ts', '--bots')).toEqual({ module: './bots/scripts/regime-road.ts' });
    expect(parseSeat('mine.mjs', '--levels')).toEqual({ module: 'mine.mjs' });
    expect(parseSeat('greedy-no-search', '--bots')).toEqual({ level: 'greedy', exclude: ['search'] });
    expect(parseBots('coalition=./a/storm.ts,regime=search,islamicState=greedy-no-fortify')).toEqual({
      coalition: { module: './a/storm.ts' },
      regime: { level: 'search', exclude: [] },
      islamicState: { level: 'greedy', exclude: ['fortify'] },
    });
    expect(seatName({ module: './a/storm.ts' })).toBe('./a/storm.ts');
    expect(botName({ module: './a/storm.ts' })).toBe('storm');
  });

  it('plays the example of docs/BOTS.md, word for word bots/example.ts, in every seat', async () => {
    const example = readFileSync('bots/example.ts', 'utf8');
    expect(readFileSync('docs/BOTS.md', 'utf8')).toContain(`## A complete bot (\`bots/example.ts\`)\n\n\`\`\`ts\n${example}\`\`\``);
    const seat = { module: './bots/example.ts' };
    const records = await runBatch({ scenario, seed: 'example', games: 3, workers: 1, levels: { coalition: seat, regime: seat, islamicState: seat } });
    expect(records.map((r) => r.seed)).toEqual(['example:0', 'example:1', 'example:2']);
  });

  it('plays a built-in level loaded as a module exactly as the level itself, in this thread and in workers', async () => {
    const opts = { scenario, seed: 'as-module', games: 3, botOptions: { search: { iterations: 20 } } };
    const levels = await runBatch({ ...opts, workers: 1, levels: { coalition: 'greedy', regime: 'search', islamicState: 'random' } });
    const modules = { coalition: { module: 'src/ai/levels/greedy.ts' }, regime: { module: './src/ai/levels/search.ts' }, islamicState: { module: 'src/ai/levels/random.ts' } };
    expect(await runBatch({ ...opts, workers: 1, levels: modules })).toEqual(levels);
    expect(await runBatch({ ...opts, workers: 2, levels: modules })).toEqual(levels);
  });

  const endPhase = "({ type: 'endPhase', side: 'coalition' })";
  const bad: [string, string, string, RegExp][] = [
    ['missing', 'no-such-bot.ts', '', /: no such bot module\.$/],
    ['a module that does not load', 'broken.ts', 'export default () => ({ choose: ( => 1 });', /: cannot be loaded: .*Unexpected/],
    ['a module without a default export', 'named.ts', `export const createBot = () => ({ choose: () => ${endPhase} });`, /: has no default export; a bot module's default export is its factory/],
    ['a factory that throws', 'throws.ts', "export default () => { throw new Error('no map for me'); };", /: its factory threw for the Coalition seat: no map for me$/],
    ['a factory that returns no bot', 'number.ts', 'export default () => 42;', /: its factory returned a number, not a bot/],
    ['a factory that waits for its bot', 'async.ts', `export default async () => ({ choose: () => ${endPhase} });`, /: its factory returned a Promise/],
    [
      'a bot choosing an illegal action',
      'illegal.ts',
      "export default () => ({ choose: () => ({ type: 'move', side: 'coalition', from: 'tabqa', to: 'ain-issa', strength: 1 }) });",
      /\(Coalition\) chose an illegal action \{"type":"move".*\} in game refuse:0, turn 1: Ain Issa is not linked to Tabqa/,
    ],
    ['a bot answering with something else', 'words.ts', "export default () => ({ choose: () => 'attack!' });", /\(Coalition\) answered "attack!" in game refuse:0, turn 1, not an action/],
    [
      'a bot throwing during a game',
      'lost.ts',
      `export default () => ({ choose(o: { turn: number }) { if (o.turn >= 3) throw new Error('lost the map'); return ${endPhase}; } });`,
      /\(Coalition\) threw in game refuse:0, turn 3: lost the map$/,
    ],
  ];
  it.each(bad)('refuses %s with one line naming the file, exit code 2, no stack', (_, name, source, problem) => {
    const path = source ? botFile(name, source) : join(tmp, name);
    const r = sim(['--seed', 'refuse', '--games', '2', '--bots', `coalition=${path},regime=greedy,islamicState=greedy`]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines, r.err).toHaveLength(1);
    expect(lines[0]!.startsWith(path)).toBe(true);
    expect(lines[0]).toMatch(problem);
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it('refuses a bot that breaks the rules inside a worker just the same', () => {
    const path = botFile('illegal-in-worker.ts', "export default () => ({ choose: (o: { turn: number }) => o.turn < 2 ? { type: 'endPhase', side: 'coalition' } : { type: 'raid', side: 'coalition', region: 'raqqa' } });");
    const r = sim(['--seed', 'refuse', '--games', '4', '--workers', '2', '--bots', `coalition=${path},regime=greedy,islamicState=greedy`]);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/illegal-in-worker\.ts \(Coalition\) chose an illegal action \{"type":"raid".*\} in game refuse:\d, turn 2: /);
  });

  it('refuses a script in a seat it was not written for', () => {
    const r = sim(['--games', '1', '--bots', 'coalition=greedy,regime=bots/scripts/coalition-storm.ts,islamicState=greedy']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('bots/scripts/coalition-storm.ts: its factory threw for the Regime seat: this script plays Coalition only');
  });
});
