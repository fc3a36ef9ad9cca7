import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { parseScenario } from '../../src/rules';
import { connected, documentNames, provenances, readDocument, refugesBeyondNoose } from './helpers';

/** What each of our documents names, and what its scenario must therefore hold. */
const EXPECTED: Record<string, { start: string; capture: string; hold: string; regions: string[]; actors: string[]; notActors: string[]; leaders: number; starts: string[]; warnings: RegExp[] }> = {
  'tabqa-2017.txt': {
    start: '2017-03-22',
    capture: 'tabqa',
    hold: 'raqqa',
    regions: ['tabqa', 'raqqa', 'deir-ez-zor', 'mayadin', 'aleppo', 'maskanah'],
    actors: ['sdf', 'us', 'syrian-government', 'russia', 'islamic-state', 'turkey'],
    notActors: ['iran-militias', 'iraqi-forces'],
    leaders: 3,
    starts: ['raqqa', 'deir-ez-zor', 'mayadin'],
    warnings: [],
  },
  'mosul-2016.txt': {
    start: '2016-10-17',
    capture: 'mosul',
    hold: 'tal-afar',
    regions: ['mosul', 'qayyarah', 'tal-afar', 'raqqa', 'palmyra'],
    actors: ['iraqi-forces', 'us', 'sdf', 'syrian-government', 'russia', 'iran-militias', 'islamic-state', 'turkey'],
    notActors: [],
    leaders: 3,
    starts: ['mosul', 'tal-afar', 'raqqa'],
    warnings: [/Unknown name "Bashiqa"/],
  },
  'hajin-2018.txt': {
    start: '2018-09-10',
    capture: 'hajin',
    // The Regime holds Abu Kamal and Mayadin at the start ("Syrian government forces ... hold Abu Kamal and Mayadin"):
    // neither is its objective; the best-scoring place it does not hold is the group's Baghuz.
    hold: 'baghuz',
    // "return to Damascus once the jihadists are defeated" names the capital as context: no region.
    regions: ['hajin', 'busayrah', 'al-qaim', 'abu-kamal', 'mayadin', 'baghuz'],
    actors: ['sdf', 'us', 'iraqi-forces', 'syrian-government', 'russia', 'iran-militias', 'islamic-state', 'turkey'],
    notActors: [],
    leaders: 3,
    starts: ['hajin'],
    warnings: [],
  },
  'abu-kamal-2017.txt': {
    // The latest day written (Al-Qa'im taken on November 3); Abu Kamal is the Regime's offensive, so its objective.
    start: '2017-11-03',
    capture: 'hajin',
    hold: 'abu-kamal',
    regions: ['abu-kamal', 'palmyra', 'al-qaim', 'hajin', 'mayadin', 'deir-ez-zor', 'shaddadi'],
    actors: ['sdf', 'us', 'iraqi-forces', 'syrian-government', 'russia', 'iran-militias', 'islamic-state', 'turkey'],
    notActors: [],
    leaders: 3,
    starts: ['abu-kamal', 'hajin'],
    warnings: [],
  },
};

describe.each(documentNames())('%s', (name) => {
  const text = readDocument(name);
  const result = compileScenario(text, { name });
  const expected = EXPECTED[name];

  test('compiles into a valid scenario', () => {
    expect(result.ok ? 'ok' : result.error).toBe('ok');
    if (result.ok) expect(parseScenario(result.scenario).ok).toBe(true);
  });

  test('every quote is exactly text.slice(start, end)', () => {
    if (!result.ok) return;
    for (const p of provenances(result.scenario)) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  test('playable: at most 30 connected regions, each side present, leaders in group-held ground, a refuge beyond the noose', () => {
    if (!result.ok) return;
    const s = result.scenario;
    expect(s.regions.length).toBeLessThanOrEqual(30);
    expect(refugesBeyondNoose(s).length).toBeGreaterThanOrEqual(1);
    for (const side of ['coalition', 'regime', 'islamicState'] as const) expect(s.regions.some((r) => r.control === side)).toBe(true);
    for (const l of s.leaders) for (const id of l.startOptions) expect(s.regions.find((r) => r.id === id)?.control).toBe('islamicState');
    expect(s.objectives.capture).not.toBe(s.objectives.hold);
    expect(connected(s)).toBe(true);
  });

  test('regions and actors match what the text names', () => {
    if (!result.ok || !expected) return;
    const s = result.scenario;
    expect(s.startDate).toBe(expected.start);
    expect(s.objectives).toEqual({ capture: expected.capture, hold: expected.hold });
    const documentRegions = s.regions.filter((r) => r.origin === 'document').map((r) => r.id);
    expect(documentRegions).toEqual(expected.regions);
    expect(s.actors.map((a) => a.id).sort()).toEqual([...expected.actors].sort());
    for (const id of expected.notActors) expect(s.actors.map((a) => a.id)).not.toContain(id);
    expect(s.leaders).toHaveLength(expected.leaders);
    expect(s.leaders[0]?.startOptions).toEqual(expected.starts);
    for (const w of expected.warnings) expect(s.warnings.some((x) => w.test(x))).toBe(true);
  });
});
