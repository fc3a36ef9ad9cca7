/**
 * Issue 15: "A 2-place wire brief is padded to 12 regions, 15% of its elements
 * quoted." A wire brief of our own, three places in the Hajin pocket: its map
 * holds those places, the roads to the hunters' bases, the noose's exits and a
 * refuge beyond them, and nothing added only to make the board bigger.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { compiled, connected, documentNames, reachesObjective, readDocument, refugesBeyondNoose } from './helpers';

// Our own briefs (test/scenario/briefs/), also measured by `npm run document-balance` in docs/SCENARIO.md.
const brief = (name: string) => readFileSync(fileURLToPath(new URL(`./briefs/${name}`, import.meta.url)), 'utf8');
const BRIEF = brief('hajin-pocket-2018.txt');

describe('a three-place wire brief', () => {
  const r = compileScenario(BRIEF);
  if (!r.ok) throw new Error(r.error);
  const s = r.scenario;
  const quoted = s.regions.filter((x) => x.origin === 'document');

  test('the map is small: the brief\'s places and only what play needs (the old padding made 12)', () => {
    expect(quoted.map((x) => x.id).sort()).toEqual(['hajin', 'shaafa', 'susah']);
    expect(s.regions.length).toBeLessThanOrEqual(10);
  });

  test('at least 30% of its regions are quoted (3 of 12, 25%, with the padding)', () => {
    expect(quoted.length / s.regions.length).toBeGreaterThanOrEqual(0.3);
  });

  test('every region added is marked and says why', () => {
    for (const x of s.regions) {
      if (x.origin === 'document') continue;
      expect(['gazetteer', 'default']).toContain(x.origin);
      expect(x.source).toBeNull();
      expect(r.report.reasons[x.id], x.id).toMatch(/\w/);
      expect(r.report.reasons[x.id]).not.toBe('room to manoeuvre');
    }
  });

  test('still a game: one graph, every side on it, a base for each hunter, a refuge beyond the noose', () => {
    expect(connected(s)).toBe(true);
    for (const side of ['coalition', 'regime', 'islamicState'] as const) expect(s.regions.some((x) => x.control === side), side).toBe(true);
    for (const side of s.sides.filter((x) => x.side !== 'islamicState')) expect(side.bases.length, side.side).toBeGreaterThan(0);
    expect(refugesBeyondNoose(s).length).toBeGreaterThanOrEqual(1);
    for (const l of s.leaders) for (const id of l.startOptions) expect(s.regions.find((x) => x.id === id)?.control).toBe('islamicState');
  });
});

/**
 * §1.5 closes an ally's ground, bases and objective. On this brief the
 * knowledge base's Regime objective was Hajin, across the Coalition's only road
 * to al-Shaafa, and the Regime's one road ran through the Coalition's
 * Al-Busayrah: neither hunter could get at its objective, and greedy Islamic
 * State won 200 games of 200 by waiting.
 */
const KOBANI = brief('kobani-2015.txt');

describe('every hunter can get at its objective', () => {
  const cases: [string, string][] = [
    ['the three-place wire brief', BRIEF],
    ['a Kobani brief that names no Regime force', KOBANI],
    ...documentNames()
      .filter((n) => n !== 'mosul-2016.txt')
      .map((n): [string, string] => [n, readDocument(n)]),
  ];
  test.each(cases)('%s', (_, text) => {
    const s = compiled(text);
    expect(reachesObjective(s, 'coalition'), 'the Coalition reaches its capture').toBe(true);
    expect(reachesObjective(s, 'regime'), 'the Regime reaches its objective').toBe(true);
  });

  test('an objective the document sets stands, with a warning, where the Regime has no road to it', () => {
    // "Shiite militias ... plan to push west toward Tal Afar": the Regime's side, but every road to it is Iraqi (Coalition) ground.
    const r = compileScenario(readDocument('mosul-2016.txt'));
    if (!r.ok) throw new Error(r.error);
    expect(r.scenario.objectives.hold).toBe('tal-afar');
    expect(r.scenario.warnings.some((w) => /The Regime cannot reach Tal Afar, its objective in the document/.test(w))).toBe(true);
  });

  test('the brief: a Regime objective moved off the Coalition\'s road says why', () => {
    const brief = compileScenario(BRIEF);
    if (!brief.ok) throw new Error(brief.error);
    expect(brief.scenario.objectives.hold).not.toBe('hajin');
    expect(brief.report.holdDefault).toMatch(/Hajin cannot be the Regime's objective.*§1\.5/);
  });
});
