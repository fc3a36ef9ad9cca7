import { readdirSync, readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import {
  apply,
  exportReplay,
  legalActions,
  LIMITS,
  loadGame,
  MOST_ACTIONS,
  loadReplay,
  mostActions,
  newGame,
  parseScenario,
  runReplay,
  saveGame,
  type Action,
  type RegionDef,
  type Scenario,
} from '../../src/rules';
import { compileScenario } from '../../src/scenario';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { fixtureScenario } from '../fixtures/scenario';
import { randomGame } from './helpers';

/** Every scenario the project plays: the built-in one, the engine's fixture and each test document compiled. */
function realScenarios(): [string, Scenario][] {
  const out: [string, Scenario][] = [['built-in', builtinScenario()], ['fixture', fixtureScenario()]];
  for (const f of readdirSync('test/scenario/documents').filter((n) => n.endsWith('.txt'))) {
    const r = compileScenario(readFileSync(`test/scenario/documents/${f}`, 'utf8'), { name: f });
    if (r.ok) out.push([f, r.scenario]);
  }
  return out;
}

/** A map of `n` regions in a line, Islamic State at one end and the Coalition at the other: schema-valid but for its size. */
function lineMap(n: number): Scenario {
  const base = fixtureScenario();
  const region = (i: number): RegionDef => ({
    id: `r${i}`,
    name: `Region ${i}`,
    kind: 'town',
    lat: 34 + (i % 30) / 10,
    lon: 38 + Math.floor(i / 30) / 10,
    valley: i % 7 === 0,
    redoubt: i === 1,
    control: i < 2 ? 'islamicState' : i === n - 1 ? 'coalition' : i === n - 2 ? 'regime' : null,
    strength: i < 2 || i >= n - 2 ? 3 : 0,
    fort: 0,
    origin: 'default',
    source: null,
  });
  return {
    ...base,
    sides: base.sides.map((d) => ({ ...d, bases: d.side === 'coalition' ? [`r${n - 1}`] : d.side === 'regime' ? [`r${n - 2}`] : [] })),
    regions: Array.from({ length: n }, (_, i) => region(i)),
    links: Array.from({ length: n - 1 }, (_, i) => ({ a: `r${i}`, b: `r${i + 1}`, kind: 'road' as const, km: 20, origin: 'default' as const, source: null })),
    leaders: base.leaders.map((l) => ({ ...l, startOptions: ['r0'] })),
    objectives: { capture: 'r0', hold: 'r1' },
  };
}

const replayText = (scenario: Scenario, actions: Action[]) =>
  JSON.stringify({ format: 'middle-euphrates/replay', version: 3, scenario, seed: 'caps', actions, hash: '0123456789abcdef' });

describe('the ceilings on scenarios, saves and replays', () => {
  it('leave every real scenario far inside them (each count at most half its ceiling)', () => {
    for (const [name, s] of realScenarios()) {
      const counts: [string, number, number][] = [
        ['regions', s.regions.length, LIMITS.regions],
        ['links', s.links.length, LIMITS.links],
        ['actors', s.actors.length, LIMITS.actors],
        ['events', s.events.length, LIMITS.events],
        ['leaders', s.leaders.length, LIMITS.leaders],
        ['turns', s.turns, LIMITS.turns],
        ['warnings', s.warnings.length, LIMITS.warnings],
        ['title', s.title.length, LIMITS.titleChars],
        ...s.sides.flatMap((d): [string, number, number][] => [
          [`${d.side} ap`, d.ap, LIMITS.ap],
          [`${d.side} pool`, d.pool, LIMITS.pool],
          [`${d.side} intel`, d.intel, LIMITS.intel],
        ]),
        ...s.regions.map((r): [string, number, number] => [`name of ${r.id}`, r.name.length, LIMITS.nameChars]),
      ];
      for (const [what, count, ceiling] of counts) expect(count, `${name}: ${what}`).toBeLessThanOrEqual(ceiling / 2);
      expect(parseScenario(s).ok, name).toBe(true);
    }
  });

  it('a game that spends every action point it can stays within the most actions its scenario holds, and loads', () => {
    for (const [scenario, seed] of [[builtinScenario(), 'spend-1'], [builtinScenario(), 'spend-2'], [{ ...fixtureScenario(), turns: 40 }, 'spend-3']] as const) {
      const pick = seedrandom(seed);
      let s = newGame(scenario, seed);
      while (s.phase !== 'over') {
        const legal = legalActions(s, s.active);
        // Ends a phase only when nothing else is left, or now and then: the longest games the rules allow.
        const spend = legal.filter((a) => a.type !== 'endPhase');
        const from = spend.length > 0 && pick() < 0.98 ? spend : legal;
        s = (apply(s, from[Math.floor(pick() * from.length)]!) as { state: typeof s }).state;
      }
      const actions = exportReplay(s).actions.length;
      expect(actions).toBeGreaterThan(mostActions(scenario) * (s.turn / scenario.turns) * 0.5);
      expect(actions).toBeLessThanOrEqual(mostActions(scenario));
      expect(loadGame(saveGame(s)).ok).toBe(true);
    }
  });

  it('refuses the 500-region replay that froze the viewer, at once and naming the field', () => {
    const scenario = lineMap(500);
    const actions = Array.from({ length: 150_000 }, (): Action => ({ type: 'move', side: 'coalition', from: 'r499', to: 'r498', strength: 1 }));
    const text = replayText(scenario, actions);
    expect(text.length).toBeGreaterThan(10_000_000);
    const r = loadReplay(text);
    expect(!r.ok && r.error).toBe(`Replay field scenario: regions: at most ${LIMITS.regions} regions`);
  });

  it('takes a map at the region ceiling, and plays a game on it', () => {
    const scenario = lineMap(LIMITS.regions);
    expect(parseScenario(scenario)).toMatchObject({ ok: true });
    const game = randomGame(scenario, 'wide');
    const loaded = loadGame(saveGame(game));
    expect(loaded.ok).toBe(true);
  });

  it.each([
    ['links', (s: Scenario) => (s.links = Array.from({ length: LIMITS.links + 1 }, () => s.links[0]!)), /scenario: links: at most 400 links/],
    ['actors', (s: Scenario) => (s.actors = Array.from({ length: LIMITS.actors + 1 }, (_, i) => ({ ...s.actors[0]!, id: `a${i}` }))), /scenario: actors: at most 50 actors/],
    ['warnings', (s: Scenario) => (s.warnings = Array.from({ length: LIMITS.warnings + 1 }, () => 'w')), /scenario: warnings: at most 1,000 warnings/],
    ['a region name of a megabyte', (s: Scenario) => (s.regions[0]!.name = 'R'.repeat(1 << 20)), /scenario: regions\.0\.name: /],
    ['a title of a megabyte', (s: Scenario) => (s.title = 'T'.repeat(1 << 20)), /scenario: title: /],
    ['a warning of a megabyte', (s: Scenario) => (s.warnings = ['W'.repeat(1 << 20)]), /scenario: warnings\.0: /],
    ['an id of a kilobyte', (s: Scenario) => (s.leaders[0]!.id = 'x'.repeat(1024)), /scenario: leaders\.0\.id: /],
    ['a strength above the stacking limit', (s: Scenario) => (s.regions[0]!.strength = 10), /scenario: regions\.0\.strength: /],
    ['a pool of a million', (s: Scenario) => (s.sides[0]!.pool = 1_000_000), /scenario: sides\.0\.pool: /],
    ['an event after the longest campaign', (s: Scenario) => (s.events[0]!.turn = 201), /scenario: events\.0\.turn: /],
  ])('refuses a scenario past its ceiling on %s, naming the field', (_what, spoil, message) => {
    const scenario = fixtureScenario();
    spoil(scenario);
    const r = loadReplay(replayText(scenario, []));
    expect(!r.ok && r.error).toMatch(message);
  });

  it('refuses more actions than a game of the scenario can hold, before replaying any', () => {
    const scenario = fixtureScenario();
    const most = mostActions(scenario);
    const actions = Array.from({ length: most + 1 }, (): Action => ({ type: 'endPhase', side: 'coalition' }));
    const r = loadReplay(replayText(scenario, actions));
    expect(!r.ok && r.error).toMatch(new RegExp(`^Replay field actions: ${(most + 1).toLocaleString('en-US')} actions, but a game of this scenario holds at most ${most.toLocaleString('en-US')}`));
    // One fewer is read, and refused only where the rules refuse it.
    const fewer = loadReplay(replayText(scenario, actions.slice(1)));
    expect(fewer.ok).toBe(true);
    if (fewer.ok) expect(runReplay(fewer.value)).toMatchObject({ ok: false, error: expect.stringMatching(/^Replay action 1 \(endPhase by coalition\) is illegal/) });
  });

  it('refuses a file past the size ceiling before reading it, saying its size', () => {
    const text = replayText(fixtureScenario(), []).replace('"warnings":[]', `"warnings":["${'x'.repeat(LIMITS.fileChars)}"]`);
    expect(loadReplay(text)).toEqual({ ok: false, error: expect.stringMatching(/^This replay is 16\.0 MB; a replay of more than 16 MB is refused/) });
    expect(loadGame(text.replace('middle-euphrates/replay', 'middle-euphrates/save'))).toEqual({ ok: false, error: expect.stringMatching(/^This save file is 16\.0 MB/) });
  });

  it('lets no file the game writes outgrow the file ceiling: the largest scenario and the longest game, as an indented replay', () => {
    const scenario = fixtureScenario();
    const id = 'x'.repeat(LIMITS.idChars);
    const move: Action = { type: 'move', side: 'islamicState', from: id, to: id, strength: 9 };
    expect(JSON.stringify(move).length).toBeLessThanOrEqual(LIMITS.actionChars);
    // Sources quoting the longest sentences a document can have, until the scenario is as large as it may be.
    for (const element of [...scenario.regions, ...scenario.links]) {
      const room = LIMITS.scenarioChars - JSON.stringify(scenario).length - 100;
      if (room <= 0) break;
      const n = Math.min(LIMITS.documentChars, room);
      element.source = { sentence: 0, start: 0, end: n, quote: 'q'.repeat(n) };
    }
    expect(JSON.stringify(scenario).length).toBeGreaterThan(LIMITS.scenarioChars - 200);
    expect(parseScenario(scenario).ok).toBe(true);
    const record = { format: 'middle-euphrates/replay', version: 3, scenario, seed: '\u0001'.repeat(LIMITS.seedChars), actions: Array.from({ length: MOST_ACTIONS }, () => move), hash: '0123456789abcdef' };
    expect(JSON.stringify(record, null, 1).length).toBeLessThan(LIMITS.fileChars);
  });

  it('refuses a scenario past its ceiling in all', () => {
    const scenario = fixtureScenario();
    for (const element of [...scenario.regions, ...scenario.links]) element.source = { sentence: 0, start: 0, end: LIMITS.documentChars, quote: 'q'.repeat(LIMITS.documentChars) };
    expect(parseScenario(scenario)).toEqual({ ok: false, error: expect.stringMatching(/^scenario: \d+\.\d MB of JSON; a scenario holds at most 8 MB\.$/) });
  });

  it.each(['tab\tqa', 'tab"qa', 'tab\\qa', '\u0000'])('refuses the region id %j (ids are written in files as they are)', (bad) => {
    const scenario = fixtureScenario();
    scenario.regions[1]!.id = bad;
    const r = loadReplay(replayText(scenario, []));
    expect(!r.ok && r.error).toMatch(/scenario: regions\.1\.id: an id without control characters, quotes or backslashes/);
  });

  it('refuses a recorded hash that is not a hash', () => {
    const file = JSON.parse(saveGame(newGame(fixtureScenario(), 'h')));
    for (const hash of ['', 'x'.repeat(16), '0'.repeat(17), 'ABCDEF0123456789', '0'.repeat(1 << 20)]) {
      expect(loadGame(JSON.stringify({ ...file, hash }))).toEqual({ ok: false, error: 'Save file field hash: expected 16 hexadecimal digits.' });
    }
  });

  it('a document of more unknown names than a scenario keeps compiles, the rest counted in its last warning', () => {
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const names = Array.from({ length: LIMITS.warnings + 50 }, (_, i) => `Zq${letters(i)}`);
    const text = `ISIS leaders fled Raqqa for Deir ez-Zor. The SDF attacked Raqqa. Syrian government forces moved on Deir ez-Zor. ${names.map((n) => `The ${n} said.`).join(' ')}`;
    const r = compileScenario(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.warnings).toHaveLength(LIMITS.warnings);
    expect(r.scenario.warnings.at(-1)).toMatch(/^\d+ more warnings like these are not listed\.$/);
  });
});
