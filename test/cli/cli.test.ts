import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot, playGame } from '../../src/ai';
import { exportReplay, HUNT_CAPTURES, loadReplay, type Replay, type Side } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { shareText } from '../../src/cli/stats';

/** Runs a CLI entry point the way `npm run` does (through tsx). */
function cli(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'euphrates-cli-'));

/** A replay of a greedy game on the built-in scenario, in the current format, in a file of its own. */
function greedyReplay(seed: string): { path: string; replay: Replay } {
  const bot = (side: Side) => createBot('greedy', side, seed);
  const { state } = playGame(builtinScenario(), seed, { coalition: bot('coalition'), regime: bot('regime'), islamicState: bot('islamicState') });
  const replay = exportReplay(state);
  const path = join(tmp, `${seed}.replay.json`);
  writeFileSync(path, JSON.stringify(replay));
  return { path, replay };
}

describe('npm run sim', () => {
  it('prints per-side wins, mean length and leaders, the same twice for the same arguments', () => {
    const a = cli('sim', ['--seed', '7', '--games', '6', '--bots', 'random']);
    const b = cli('sim', ['--seed', '7', '--games', '6', '--bots', 'random']);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/Wins \(share, 95% Wilson interval\): Coalition \d+ .*Regime \d+ .*Islamic State \d+/);
    expect(a.out).toMatch(/Mean game length: [\d.]+ turns/);
    expect(a.out).toMatch(/Leaders \(of \d a game\): \d+ captured .*, \d+ at large at the end/);
    expect(a.out).toMatch(/Results by victory: (suddenDeath|margin|tie) \d+/);
    expect(a.out).toMatch(/Mean victory margins at the end: Coalition [\d.]+, Regime [\d.]+, Islamic State [\d.]+/);
    expect(a.out).toMatch(/Captures by side: Coalition \d+, Regime \d+, Islamic State \d+/);
    expect(a.out).toBe(b.out);
  });

  it('gives the same output whatever the number of workers, the results as data', () => {
    const args = ['--seed', 'w', '--games', '4', '--bots', 'random', '--json'];
    const oneText = cli('sim', [...args, '--workers', '1']).out;
    const twoText = cli('sim', [...args, '--workers', '2']).out;
    expect(twoText).toBe(oneText);
    const one = JSON.parse(oneText);
    expect(one).toMatchObject({ format: 'middle-euphrates/batch', version: 1, games: 4 });
    expect(Object.keys(one)[0]).toBe('format');
    expect(one.records).toHaveLength(4);
    expect(one.records[0]).toMatchObject({ index: 0, seed: 'w:0' });
    for (const r of one.records) {
      expect(['suddenDeath', 'margin', 'tie']).toContain(r.victory);
      expect(Object.keys(r.margins)).toEqual(['coalition', 'regime', 'islamicState']);
      expect(r.escalation).toHaveLength(r.turns);
      expect(r.taken).toHaveLength(r.turns);
      expect(r.leaders).toHaveLength(4);
      for (const l of r.leaders) expect(l).toMatchObject({ leader: expect.any(String), path: expect.any(Array) });
      for (const c of r.captures) {
        expect(Object.keys(c)).toEqual(['leader', 'turn', 'by', 'how']);
        expect(HUNT_CAPTURES).toContain(c.how);
      }
    }
    const victories = Object.values(one.summary.winsByVictory as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(victories).toBe(4);
    const captures = Object.values(one.summary.capturesBySide as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(captures).toBe(one.summary.leadersCaptured);
  });

  it('takes a level that never searches for one side', () => {
    const r = cli('sim', ['--seed', 'ns', '--games', '3', '--bots', 'coalition=greedy-no-search,regime=greedy,islamicState=greedy', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.bots.coalition).toEqual({ level: 'greedy', exclude: ['search'] });
    for (const rec of out.records) expect(rec.captures.filter((c: { by: string; how: string }) => c.by === 'coalition' && c.how === 'search')).toEqual([]);
  });

  it('writes an HTML report with SVG charts: win shares with their Wilson intervals, wins by condition, margins over the turns and game lengths on labelled axes', () => {
    const path = join(tmp, 'report.html');
    const json = JSON.parse(cli('sim', ['--games', '6', '--seed', 'report', '--json']).out);
    expect(cli('sim', ['--games', '6', '--seed', 'report', '--report', path]).code).toBe(0);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Wins by side');
    // Each side's bar says its share and interval, as the summary's statistics compute them.
    const { wins } = json.summary;
    for (const [name, key] of [['Coalition', 'coalition'], ['Regime', 'regime'], ['Islamic State', 'islamicState']] as const) {
      expect(html).toContain(`<title>${name}: ${shareText(wins[key], 6)}</title>`);
    }
    expect(html).toContain('95% Wilson interval (whisker)');
    // The table by condition adds up to the games.
    const cells = [...html.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(6);
    expect(html).toContain('turn the game ended');
    // Each side's margin over the turns: one line a side, on an axis that says what it is.
    expect(html.match(/<polyline /g)).toHaveLength(3);
    expect(html).toContain('mean victory margin</text>');
    expect(html).toMatch(/rotate\(-90[^"]*\)">games<\/text>/);
  });
});

describe('npm run replay', () => {
  const { path: played, replay: original } = greedyReplay('replay-cli');
  /** The replay, changed, in a file of its own. */
  function changed(change: (replay: Replay) => void): string {
    const replay = { ...original };
    change(replay);
    const path = join(tmp, 'changed.replay.json');
    writeFileSync(path, JSON.stringify(replay));
    return path;
  }

  it('reads its own format back', () => expect(loadReplay(readFileSync(played, 'utf8')).ok).toBe(true));

  it('replays a replay and prints the result, victory margins, leaders and the matching hash', () => {
    const r = cli('replay', [played]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Ended on turn \d+ \([\d-]+\): (Coalition wins|Regime wins|Islamic State wins|Draw): /);
    expect(r.out).toMatch(/Victory margins: Coalition \d+, Regime \d+, Islamic State \d+/);
    expect(r.out).toMatch(/^ {2}(Turn \d+: .+ is captured by the (Coalition|Regime) in |.+: (escaped: )?at large in )/m);
    expect(r.out).toMatch(/State hash: [0-9a-f]{16} \(matches the recorded hash\)/);
  });

  it('names who captured each leader, how and when, and the margins, in --json', () => {
    const r = cli('replay', [played, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.matches).toBe(true);
    expect(summary).not.toHaveProperty('migratedFrom');
    expect(summary.result).toMatchObject({ reason: expect.stringMatching(/^(suddenDeath|margin|tie)$/), headline: expect.any(String), why: expect.any(String) });
    expect(Object.keys(summary.margins)).toEqual(['coalition', 'regime', 'islamicState']);
    for (const l of summary.leaders.filter((l: { status: string }) => l.status === 'captured')) {
      expect(l).toMatchObject({ by: expect.any(String), how: expect.any(String), turn: expect.any(Number) });
    }
  });

  it.each([1, 2])('refuses a format-%i file (earlier rules) with one line, exit code 2', (version) => {
    const r = cli('replay', [changed((replay) => (replay.version = version))]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`format version ${version}, recorded under the earlier rules`));
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 when the actions do not lead to the recorded hash, saying so in one line', () => {
    const path = changed((replay) => (replay.hash = '0000000000000000'));
    const r = cli('replay', [path]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DIFFERS from the recorded 0000000000000000/);
    expect(r.err).toBe(`${path}: the recorded hash differs: its actions make the game ${original.hash}, not the 0000000000000000 it recorded; the file was changed or damaged.\n`);
    const json = cli('replay', [path, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ matches: false, recordedHash: '0000000000000000', hash: original.hash });
  });

  it('exits 1 when an action was taken out and the hash left as it was', () => {
    const r = cli('replay', [changed((replay) => (replay.actions = replay.actions.slice(0, -1)))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the recorded hash differs: its actions make the game [0-9a-f]{16}, not the [0-9a-f]{16} it recorded/);
  });

  it('checks the seed against the commitment the players were shown: a match, a replay whose seed is not the one promised (exit 1), none recorded', () => {
    const commitment = createHash('sha256').update(original.seed).digest('hex');
    const kept = cli('replay', [changed((replay) => (replay.commitment = commitment))]);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain(`Seed commitment: ${commitment} (the seed's SHA-256 matches it)`);
    const json = JSON.parse(cli('replay', [changed((replay) => (replay.commitment = commitment)), '--json']).out);
    expect(json).toMatchObject({ commitment, commitmentMatches: true });
    // Another seed under the same commitment: its actions still replay (the hash is the file's own), but these are not the promised dice.
    const other = greedyReplay('replay-cli-other').replay;
    const swapped = cli('replay', [changed((replay) => Object.assign(replay, other, { commitment }))]);
    expect(swapped.code).toBe(1);
    expect(swapped.out).toMatch(/State hash: [0-9a-f]{16} \(matches the recorded hash\)/);
    expect(swapped.out).toContain(`Seed commitment: ${commitment} (DIFFERS: the seed's SHA-256 is ${createHash('sha256').update(other.seed).digest('hex')})`);
    expect(cli('replay', [played]).out).toContain('Seed commitment: none recorded (a player chose the seed, so the dice were known)');
    expect(JSON.parse(cli('replay', [played, '--json']).out)).toMatchObject({ commitment: null, commitmentMatches: null });
    const malformed = cli('replay', [changed((replay) => (replay.commitment = 'abc'))]);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/field commitment: expected the seed's SHA-256, 64 lowercase hex digits/);
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

  it('compares a level that never searches with the same level: what information is worth', () => {
    const r = cli('compare', ['--side', 'coalition', '--levels', 'greedy-no-search,greedy', '--games', '4', '--seed', 'info', '--workers', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| greedy-no-search \| \d+ \| /);
    expect(r.out).toMatch(/\| greedy − greedy-no-search \| [+−]\d+\.\d \[/);
  });
});

describe('npm run attack-documents', () => {
  it('prints each attack document with its size, wall and CPU milliseconds and what came out, and writes it when asked', () => {
    const r = cli('attack-documents', ['--only', 'dots', '--write', tmp]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^dots +499 +\d+ +\d+ {2}compiled: \d+ regions/m);
    expect(r.out).toMatch(/^slowest: \d+ ms \(budget 1000 ms\)/m);
    expect(readFileSync(join(tmp, 'dots.txt'), 'utf8')).toMatch(/^ISIS leaders fled Raqqa for Mayadin\. The SDF took Tabqa\. \.{1000}/);
  });

  it('names the documents there are when asked for one that is not', () => {
    const r = cli('attack-documents', ['--only', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--only: no document "nope" \(there are dots, marks, .*over-cap\)\./);
  });
});

describe('bad input: one line on stderr, exit code 2, no stack trace', () => {
  const notJson = join(tmp, 'bad.json');
  writeFileSync(notJson, '{"format": "middle-euphrates/replay", "version": 3, "scenario": 3}');
  it.each([
    ['sim', ['--bogus']],
    ['sim', ['--games']],
    ['sim', ['--games', '-3']],
    ['sim', ['--games', '1e9']],
    ['sim', ['--games', 'ten']],
    ['sim', ['--workers', '0']],
    ['sim', ['--bots', 'coalition=search']],
    ['sim', ['--bots', 'greedy-no-fly']],
    ['sim', ['--bots', 'coalition=greedy-no-endPhase,regime=greedy,islamicState=greedy']],
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
    ['compare', ['--side', 'regime', '--levels', 'greedy,greedy-no-']],
    ['compare', ['--side', 'regime', '--others', 'greedy-no-nothing']],
    ['manhunt', ['--games', '0']],
    ['manhunt', ['--continuations', '1001']],
    ['stalls', ['--games', '0']],
    ['compare', ['--side', 'regime', '--games', '0']],
    ['scenario', []],
    ['scenario', ['--json']],
    ['scenario', ['/no/such/doc.txt']],
    // Refused before a batch that would run for hours.
    ['sim', ['--games', '1000000', '--report', '/no/such/folder/report.html']],
    ['sim', ['--games', '1000000', '--report', 'test']],
  ])('%s %j', (script, args) => {
    const r = cli(script, args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('every command asks no more of a reader than it wants', () => {
  it.each(['sim', 'compare', 'manhunt', 'stalls', 'gauntlet', 'replay', 'scenario', 'soak', 'bench', 'fuzz', 'attack-documents', 'fit-outlook', 'schemas'])(
    '%s --help prints its usage, what it does and a line for each of its flags (defaults named), and exits 0, doing nothing else',
    (script) => {
      for (const flag of ['--help', '-h']) {
        const r = cli(script, [flag]);
        expect(r.code).toBe(0);
        expect(r.err).toBe('');
        const [usage, blank, what, ...flags] = r.out.trimEnd().split('\n');
        expect(usage).toMatch(new RegExp(`^Usage: npm run ${script} -- `));
        expect(blank).toBe('');
        expect(what).toMatch(/^[A-Z].*\.$/);
        // Every flag the usage line names has a line of its own saying what it does.
        for (const name of new Set(usage!.match(/--[a-z-]+/g) ?? [])) expect(flags.some((l) => l.trimStart().startsWith(`${name} `)), `${script} ${name}`).toBe(true);
        for (const line of flags) expect(line).toMatch(/^ {2}(--[a-z-]+|[A-Z]+)( [A-Z.,|]+)? +\S/);
      }
    },
  );

  it('a reader that stops early (| head) ends the command quietly: exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--games', '300', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Far more JSON than a pipe holds (~650 KB); take the first chunk, then close the pipe as `head -c` would.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });
});

describe('sim --scenario takes a compiled scenario JSON back', () => {
  it('plays the JSON "npm run scenario -- DOC --json" printed exactly as it plays the document', () => {
    const json = cli('scenario', ['seeds/deir-ez-zor-2017.txt', '--json']);
    expect(json.code).toBe(0);
    const path = join(tmp, 'scenario.json');
    writeFileSync(path, json.out);
    const fromJson = cli('sim', ['--games', '4', '--seed', 'round-trip', '--scenario', path]);
    const fromDoc = cli('sim', ['--games', '4', '--seed', 'round-trip', '--scenario', 'seeds/deir-ez-zor-2017.txt']);
    expect(fromJson.code).toBe(0);
    expect(fromJson.out).toBe(fromDoc.out);
  });

  it.each([
    ['not JSON at all', '{ "id": ', /not valid JSON/],
    ['JSON of the wrong shape', '{"id": 3}', /is not a scenario: id: /],
    ['a scenario whose objective is off the map', 'OFFMAP', /objectives\.capture: "atlantis" is not a region/],
  ])('refuses %s with one line naming the fault, exit 2', (_what, body, message) => {
    let text = body;
    if (body === 'OFFMAP') {
      const scenario = JSON.parse(cli('scenario', ['seeds/deir-ez-zor-2017.txt', '--json']).out) as { objectives: { capture: string } };
      scenario.objectives.capture = 'atlantis';
      text = JSON.stringify(scenario);
    }
    const path = join(tmp, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, text);
    const r = cli('sim', ['--games', '2', '--scenario', path]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});

describe('Ctrl+C stops a batch and keeps what it played', () => {
  /** Starts a long sim, interrupts it once a game has finished, and collects what it printed. */
  async function interrupted(args: string[]) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--games', '100000', '--progress', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Interrupted once a game has finished (--progress says so on stderr), however slowly the machine starts it.
    await new Promise<void>((resolve) => {
      const ready = () => {
        if (!/^\d+\/100000 games$/m.test(err)) return;
        child.stderr.off('data', ready);
        resolve();
      };
      child.stderr.on('data', ready);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    return { code, out, err };
  }

  it.each([['1'], ['2']])('with %s worker(s): exit 130, the finished games summarized as usual', async (workers) => {
    const r = await interrupted(['--workers', workers]);
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/Stopping: no new game starts/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const played = Number(/^(\d+) of 100000 games \(interrupted\)/m.exec(r.out)?.[1]);
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(100000);
    expect(r.out).toMatch(/^Wins \(share, 95% Wilson interval\)/m);
  }, 60_000);

  it('under --json the file says it was interrupted and holds every finished game', async () => {
    const r = await interrupted(['--json', '--workers', '2']);
    expect(r.code).toBe(130);
    const batch = JSON.parse(r.out) as { interrupted: boolean; games: number; records: { index: number }[] };
    expect(batch.interrupted).toBe(true);
    expect(batch.games).toBe(batch.records.length);
    expect(batch.games).toBeGreaterThan(0);
    const indexes = batch.records.map((x) => x.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  }, 60_000);
});
