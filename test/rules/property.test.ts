import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  buildRules,
  hash,
  invariantProblem,
  legalActions,
  newGame,
  loadGame,
  saveGame,
  observe,
  SIDES,
  type Action,
  toArray,
  type GameState,
} from '../../src/rules';
import { game, scenario } from './helpers';

const regionIds = scenario.regions.map((r) => r.id);
const leaderIds = scenario.leaders.map((l) => l.id);

/** Any action at all, legal or not, over the map's names plus one unknown. */
const anyAction: fc.Arbitrary<Action> = (() => {
  const side = fc.constantFrom(...SIDES);
  const region = fc.constantFrom(...regionIds, 'atlantis');
  return fc.oneof(
    fc.record({ type: fc.constant('move' as const), side, from: region, to: region, strength: fc.integer({ min: -1, max: 10 }) }),
    fc.record({ type: fc.constant('attack' as const), side, from: region, to: region }),
    fc.record({ type: fc.constant('airStrike' as const), side, target: region }),
    fc.record({ type: fc.constant('search' as const), side, region }),
    fc.record({ type: fc.constant('fortify' as const), side, region }),
    fc.record({ type: fc.constant('reinforce' as const), side, region }),
    fc.record({ type: fc.constant('moveLeader' as const), side, leader: fc.constantFrom(...leaderIds, 'nobody'), to: region }),
    fc.record({ type: fc.constant('watch' as const), side, region }),
    fc.record({ type: fc.constant('raid' as const), side, region }),
    fc.record({ type: fc.constant('deconflict' as const), side }),
    fc.record({ type: fc.constant('endPhase' as const), side }),
  );
})();

function invariants(s: GameState): void {
  expect(invariantProblem(s)).toBe(null);
}

/** The same state with every hidden leader somewhere else: what other sides see must not change. */
function shuffledSecrets(s: GameState, offset: number): GameState {
  return {
    ...s,
    leaders: s.leaders.map((l, i) =>
      l.status === 'atLarge' && !l.revealed ? { ...l, at: regionIds[(i + offset) % regionIds.length]!, moved: !l.moved, danger: offset % 5, catcher: 'regime', heat: offset % 3 } : l,
    ),
  };
}

/** Plays a game from `seed`, picking legal action number `choices[k] % count` at step k. */
function playOut(seed: string, choices: number[], each: (s: GameState, a: Action) => void = () => {}): GameState {
  let s = game(seed);
  for (const c of choices) {
    if (s.phase === 'over') break;
    const legal = legalActions(s, s.active);
    const a = legal[c % legal.length]!;
    each(s, a);
    const r = apply(s, a);
    expect(r.ok).toBe(true);
    if (r.ok) s = r.state;
  }
  return s;
}

describe('properties over random legal play', () => {
  it('keeps every invariant after every action', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), (seed, choices) => {
        invariants(playOut(seed, choices, (s) => invariants(s)));
      }),
      { numRuns: 60 },
    );
  });

  it('legalActions and apply agree both ways', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 120 }), fc.array(anyAction, { minLength: 1, maxLength: 40 }), (seed, choices, probes) => {
        const s = playOut(seed, choices);
        for (const side of SIDES) {
          const legal = legalActions(s, side);
          for (const a of legal) expect(apply(s, a).ok, JSON.stringify(a)).toBe(true);
          const listed = new Set(legal.map((a) => JSON.stringify(a)));
          for (const probe of probes) {
            const a = { ...probe, side } as Action;
            expect(apply(s, a).ok, JSON.stringify(a)).toBe(listed.has(JSON.stringify(a)));
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never lets a hidden leader reach another side\'s view', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 250 }), fc.integer({ min: 1, max: 20 }), (seed, choices, offset) => {
        const s = playOut(seed, choices);
        if (s.phase === 'over') return;
        const other = shuffledSecrets(s, offset);
        for (const side of ['coalition', 'regime'] as const) {
          const o = observe(s, side);
          expect(o).toEqual(observe(other, side));
          for (const [i, l] of o.leaders.entries()) if (s.leaders[i]!.status === 'atLarge' && !(s.leaders[i] as { revealed: boolean }).revealed) expect(l).not.toHaveProperty('at');
          expect(toArray(o.log).some((c) => c.events.some((e) => e.audience !== 'all'))).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('save, load and continue equals never saving', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 150 }), fc.array(fc.nat(), { maxLength: 150 }), (seed, before, after) => {
        const straight = playOut(seed, [...before, ...after]);
        const saved = playOut(seed, before);
        const loaded = loadGame(saveGame(saved));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        let s = loaded.value;
        for (const c of after) {
          if (s.phase === 'over') break;
          const legal = legalActions(s, s.active);
          const r = apply(s, legal[c % legal.length]!);
          if (r.ok) s = r.state;
        }
        expect(hash(s)).toBe(hash(straight));
      }),
      { numRuns: 40 },
    );
  });

  it('the ruleset is the map: links both ways, distances symmetric', () => {
    const rules = buildRules(scenario);
    const n = rules.ids.length;
    for (const [i, next] of rules.adjacent.entries()) for (const k of next) expect(rules.adjacent[k]).toContain(i);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(rules.distance[a * n + b]).toBe(rules.distance[b * n + a]);
  });
});

describe('exhaustive agreement on the built-in scenario (perft-style)', () => {
  /** Every action that could be written for this map: each type over every region, strength and leader. */
  function everyAction(s: GameState, side: (typeof SIDES)[number]): Action[] {
    const ids = s.rules.scenario.regions.map((r) => r.id);
    const out: Action[] = [{ type: 'endPhase', side }, { type: 'deconflict', side }];
    for (const a of ids) {
      out.push({ type: 'airStrike', side, target: a }, { type: 'search', side, region: a }, { type: 'fortify', side, region: a }, { type: 'reinforce', side, region: a });
      out.push({ type: 'watch', side, region: a }, { type: 'raid', side, region: a });
      for (const l of s.rules.scenario.leaders) out.push({ type: 'moveLeader', side, leader: l.id, to: a });
      for (const b of ids) {
        out.push({ type: 'attack', side, from: a, to: b });
        for (let strength = 1; strength <= 9; strength++) out.push({ type: 'move', side, from: a, to: b, strength });
      }
    }
    return out;
  }

  it('apply accepts exactly the listed actions, for every side, in states from seeded games', async () => {
    const { builtinScenario } = await import('../../src/scenario/builtin-file');
    const rules = buildRules(builtinScenario());
    let checked = 0;
    for (const seed of ['perft-1', 'perft-2', 'perft-3']) {
      let s = newGame(rules, seed);
      for (let step = 0; s.phase !== 'over'; step++) {
        if (step % 17 === 0) {
          for (const side of SIDES) {
            const listed = new Set(legalActions(s, side).map((a) => JSON.stringify(a)));
            for (const a of everyAction(s, side)) expect(apply(s, a).ok, JSON.stringify(a)).toBe(listed.has(JSON.stringify(a)));
            // The side's own observation holds everything legality reads: the same list from it.
            expect(legalActions(observe(s, side), side)).toEqual(legalActions(s, side));
            checked++;
          }
        }
        const legal = legalActions(s, s.active);
        const r = apply(s, legal[(step * 31 + 7) % legal.length]!);
        if (!r.ok) throw new Error(r.error.message);
        s = r.state;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('legal-action counts of named positions (perft table)', () => {
  // Pinned: a change here is a change to what a side may do. Seed "perft", each side ending its phase in turn 1.
  it.each([
    ['fixture', 'Coalition operations, turn 1', 0, 41],
    ['fixture', 'Regime operations, turn 1', 1, 23],
    ['fixture', 'Islamic State operations, turn 1', 2, 47],
    ['fixture', 'leader phase, turn 1', 3, 17],
    ['builtin', 'Coalition operations, turn 1', 0, 38],
    ['builtin', 'Regime operations, turn 1', 1, 39],
    ['builtin', 'Islamic State operations, turn 1', 2, 53],
    ['builtin', 'leader phase, turn 1', 3, 13],
  ])('%s, %s: %i phases in, %i legal actions', async (which, _name, phases, count) => {
    const { builtinScenario } = await import('../../src/scenario/builtin-file');
    let s = newGame(buildRules(which === 'fixture' ? scenario : builtinScenario()), 'perft');
    for (let i = 0; i < phases; i++) {
      const r = apply(s, { type: 'endPhase', side: s.active });
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
    }
    expect(legalActions(s, s.active)).toHaveLength(count);
  });
});
