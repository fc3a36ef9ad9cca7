/**
 * Issue 15: "A 2-place wire brief is padded to 12 regions, 15% of its elements
 * quoted." A wire brief of our own, three places in the Hajin pocket: its map
 * holds those places, the roads to the hunters' bases, the noose's exits and a
 * refuge beyond them, and nothing added only to make the board bigger.
 */
import { describe, expect, test } from 'vitest';
import { compileScenario } from '../../src/scenario';
import { connected, refugesBeyondNoose } from './helpers';

const BRIEF =
  "Nov. 2, 2018 (Reuters) - U.S.-backed Syrian Democratic Forces attacked Islamic State fighters in Hajin on Friday, a spokesman said. Several of the group's leaders fled to al-Susah, he said, and the SDF would push on toward al-Shaafa.";

describe('a three-place wire brief', () => {
  const r = compileScenario(BRIEF);
  if (!r.ok) throw new Error(r.error);
  const s = r.scenario;
  const quoted = s.regions.filter((x) => x.origin === 'document');

  test('the map is small: the brief\'s places and only what play needs (the old padding made 12)', () => {
    expect(quoted.map((x) => x.id).sort()).toEqual(['hajin', 'shaafa', 'susah']);
    expect(s.regions.length).toBeLessThanOrEqual(8);
  });

  test('at least a third of its regions are quoted (3 of 12 with the padding)', () => {
    expect(quoted.length / s.regions.length).toBeGreaterThanOrEqual(1 / 3);
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
