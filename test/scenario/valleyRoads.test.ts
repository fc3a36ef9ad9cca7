import { describe, expect, test } from 'vitest';
import type { LinkDef, Scenario } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { greatCircleKm, valleyRoads } from '../../src/scenario/valleyRoads';
import { fixtureScenario } from '../fixtures/scenario';

const roadsOf = (s: Scenario, links: readonly LinkDef[] = s.links) => valleyRoads(s.regions, links, s.sides, s.objectives);

/** The valley towns `side` reaches from its bases over `links`, never entering the other hunter's objective or bases. */
function reachable(s: Scenario, side: 'coalition' | 'regime', links: readonly LinkDef[]): Set<string> {
  const other = side === 'coalition' ? 'regime' : 'coalition';
  const closed = new Set([side === 'coalition' ? s.objectives.hold : s.objectives.capture, ...s.sides.find((d) => d.side === other)!.bases]);
  const seen = new Set(s.sides.find((d) => d.side === side)!.bases);
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of links) {
      for (const [x, y] of [[l.a, l.b], [l.b, l.a]] as const) {
        if (seen.has(x) && !seen.has(y) && !closed.has(y)) {
          seen.add(y);
          grew = true;
        }
      }
    }
  }
  return seen;
}

describe('each hunter has its own road into the valley (src/scenario/valleyRoads.ts, SCENARIO.md)', () => {
  test('the seed document gets one road, Al-Shaddadi to Mayadin: the east bank, round Deir el-Zour', () => {
    const s = builtinScenario();
    const added = s.links.filter((l) => l.origin === 'default');
    expect(added).toEqual([{ a: 'shaddadi', b: 'mayadin', kind: 'road', km: 118, origin: 'default', source: null }]);
    const without = s.links.filter((l) => l.origin !== 'default');
    expect(reachable(s, 'coalition', without).has('mayadin')).toBe(false);
    const valley = s.regions.filter((r) => r.valley && r.id !== s.objectives.hold).map((r) => r.id);
    const reach = reachable(s, 'coalition', s.links);
    expect(valley.filter((id) => !reach.has(id))).toEqual([]);
    // Compiled once more, the scenario asks for no further road.
    expect(roadsOf(s)).toEqual([]);
  });

  test('a map where both hunters already reach the valley gets none', () => {
    const s = fixtureScenario();
    const open = [...s.links, { a: 'shaddadi', b: 'mayadin', kind: 'road' as const, km: 118, origin: 'default' as const, source: null }];
    expect(roadsOf(s, open)).toEqual([]);
  });

  test('the road runs from the hunter\'s base nearest a shut town to that town, and one road can open several', () => {
    const s = fixtureScenario();
    // The fixture: Deir ez-Zor (the Regime's objective) bars the Coalition from Mayadin and Abu Kamal.
    const roads = roadsOf(s);
    expect(roads).toHaveLength(1);
    const byId = new Map(s.regions.map((r) => [r.id, r]));
    expect(roads[0]).toMatchObject({ a: 'shaddadi', b: 'mayadin', kind: 'road', origin: 'default' });
    expect(roads[0]!.km).toBe(greatCircleKm(byId.get('shaddadi')!, byId.get('mayadin')!));
    expect(reachable(s, 'coalition', [...s.links, ...roads]).has('abu-kamal')).toBe(true);
  });

  test('a hunter with no base on the map gets no road', () => {
    const s = fixtureScenario();
    const sides = s.sides.map((d) => (d.side === 'coalition' ? { ...d, bases: [] } : d));
    expect(valleyRoads(s.regions, s.links, sides, s.objectives)).toEqual([]);
  });
});
