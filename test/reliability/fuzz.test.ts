import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, corpus, count, emptyTally, mutantAt, prepare, type MutantCase, type Verdict } from '../../src/cli/fuzz-check';
import { shapeOf, type Json } from '../../src/cli/mutate';
import { apply, LIMITS, legalActions, loadGame, newGame, parseScenario, saveGame, SIDES, type Scenario, type ScenarioEvent } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { fixtureScenario } from '../fixtures/scenario';

const fuzzing = prepare();
const failures = (verdicts: [MutantCase, Verdict][]) =>
  verdicts.filter(([, v]) => v.kind !== 'refused' && v.kind !== 'accepted').map(([m, v]) => `mutant ${m.index} of ${m.file.name} (${m.ops.join('; ')}): ${v.kind}: ${'detail' in v ? v.detail : ''}`);

describe('the save and replay fuzzer (npm run fuzz runs 10,000 and more)', () => {
  it('has real files of both kinds to mutate: golden replays, old fixtures, saves of seeded games in every phase', () => {
    const files = corpus();
    expect(files.filter((f) => f.kind === 'save').length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.kind === 'replay').length).toBeGreaterThanOrEqual(8);
    expect(files.some((f) => f.name.startsWith('golden/'))).toBe(true);
    expect(files.some((f) => f.name.startsWith('fixtures/v1/'))).toBe(true);
    expect(files.some((f) => /leaders islamicState/.test(f.name))).toBe(true);
    expect(files.some((f) => JSON.parse(f.text).commitment !== undefined)).toBe(true);
  });

  it('makes the same mutant from the same seed and index, and different ones from others', () => {
    expect(mutantAt(fuzzing, 's', 7).text).toBe(mutantAt(prepare(), 's', 7).text);
    const texts = new Set(Array.from({ length: 40 }, (_, i) => mutantAt(fuzzing, 's', i).text));
    expect(texts.size).toBeGreaterThan(35);
  });

  it('300 mutants: each refused with a one-line sentence, or played to the end and saved back; no crash, hang or unplayable file', () => {
    const verdicts: [MutantCase, Verdict][] = [];
    const tally = emptyTally();
    for (let i = 0; i < 300; i++) {
      const m = mutantAt(fuzzing, 'suite', i);
      const v = check(m);
      count(tally, v);
      verdicts.push([m, v]);
    }
    expect(failures(verdicts)).toEqual([]);
    // Both ways through are taken often: the loader's refusals, and whole games after it accepts.
    expect(tally.refused).toBeGreaterThan(100);
    expect(tally.accepted).toBeGreaterThan(30);
  });

  it('counts a file it cannot load as refused, and a real save untouched as accepted', () => {
    const file = fuzzing.files.find((f) => f.kind === 'save')!;
    expect(check({ index: 0, file, text: '{', ops: [], reseal: false }).kind).toBe('refused');
    expect(check({ index: 0, file, text: file.text, ops: [], reseal: false }).kind).toBe('accepted');
  });
});

/** The scenario's numbers the rules count with (not coordinates or quotes' offsets). */
const COUNTS = new Set(['strength', 'fort', 'ap', 'pool', 'intel', 'amount', 'turn', 'turns', 'value']);

/** A scenario with some of its counts moved, as an editor or an attacker would: `[field, path, delta]` picks each. */
function nudged(scenario: Scenario, nudges: [number, number, number][]): Scenario {
  const copy = structuredClone(scenario) as unknown as Json;
  const groups = shapeOf(copy).numbers.groups.filter((g) => COUNTS.has(String(g[0]!.at(-1))));
  for (const [g, p, delta] of nudges) {
    const group = groups[g % groups.length]!;
    const path = group[p % group.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy) as Record<string | number, Json>;
    parent[path[path.length - 1]!] = (parent[path[path.length - 1]!] as number) + delta;
  }
  return copy as unknown as Scenario;
}

describe('property: mutated saves the loader accepts play through whole games', () => {
  it('a scenario\'s counts moved, a game played part way, saved, loaded and played to its end with random legal actions', () => {
    const scenarios = [fixtureScenario(), builtinScenario()];
    const file = fuzzing.files.find((f) => f.kind === 'save')!;
    let played = 0;
    fc.assert(
      fc.property(
        fc.nat(1),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -3, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(-1000, -20, -10, 10, 20, 1000) })), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 12 }),
        fc.nat(300),
        (which, nudges, seed, steps) => {
          const scenario = nudged(scenarios[which]!, nudges);
          if (!parseScenario(scenario).ok) return;
          let s = newGame(scenario, seed);
          for (let i = 0; i < steps && s.phase !== 'over'; i++) {
            const legal = legalActions(s, s.active);
            s = (apply(s, legal[(i * 7919) % legal.length]!) as { state: typeof s }).state;
          }
          const text = saveGame(s);
          expect(loadGame(text).ok).toBe(true);
          const v = check({ index: played++, file, text, ops: ['numbers moved'], reseal: false }, `property:${seed}`);
          expect(v).toEqual({ kind: 'accepted' });
        },
      ),
      { numRuns: 120 },
    );
    // Roughly a quarter of the nudged scenarios pass the loader (one CI run drew exactly 20 of 80, failing the old
    // bound of more than 20): at least 12 of 120 keeps the property from being vacuous without failing on an unlucky draw.
    expect(played).toBeGreaterThanOrEqual(12);
  });
});

describe('property: whatever the schema lets a scenario say, the game it makes plays soundly', () => {
  const file = fuzzing.files.find((f) => f.kind === 'save')!;
  /** A scripted event the scenario schema accepts: any turn of the game, any kind, any amount it allows. */
  const amount = fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -1_000_000, max: 1_000_000 }));
  const anyEvent: fc.Arbitrary<ScenarioEvent['effect'] & { turn: number }> = fc.oneof(
    fc.record({ turn: fc.integer({ min: 1, max: 12 }), kind: fc.constant('reinforcements' as const), side: fc.constantFrom(...SIDES), amount }),
    fc.record({ turn: fc.integer({ min: 1, max: 12 }), kind: fc.constant('intel' as const), side: fc.constantFrom(...SIDES), amount }),
    fc.record({ turn: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom('escalation' as const, 'turkeyTension' as const), amount }),
  );

  it('scripted events of any amount it accepts', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 8 }), (events, seed) => {
        const scenario = fixtureScenario();
        events.forEach(({ turn, ...effect }, i) => scenario.events.push({ id: `x${i}`, turn, title: 'x', effect: effect as ScenarioEvent['effect'], origin: 'default', source: null }));
        if (!parseScenario(scenario).ok) return;
        const text = saveGame(newGame(scenario, seed));
        expect(check({ index: 0, file, text, ops: ['events added'], reseal: false }, `events:${seed}`)).toEqual({ kind: 'accepted' });
      }),
      { numRuns: 60 },
    );
  });

  it('start dates of the form YYYY-MM-DD it accepts', () => {
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(date, fc.date({ min: new Date('0001-01-01'), max: new Date('9799-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (startDate) => {
        const scenario = { ...fixtureScenario(), startDate, turns: LIMITS.turns };
        if (!parseScenario(scenario).ok) return;
        const text = saveGame(newGame(scenario, 'dates'));
        expect(check({ index: 0, file, text, ops: ['start date'], reseal: false }, `dates:${startDate}`)).toEqual({ kind: 'accepted' });
      }),
      { numRuns: 40 },
    );
  });
});
