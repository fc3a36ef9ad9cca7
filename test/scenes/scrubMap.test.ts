import { describe, expect, it } from 'vitest';
import { buildRules } from '../../src/rules';
import { replaySteps } from '../../src/app/replay';
import { builtinScenario } from '../../src/scenario/builtin-file';
import { indexAt, scrubWeeks, shareOf } from '../../src/scenes/scrubMap';
import { randomGame } from '../rules/helpers';
import { toArray } from '../../src/rules';

const rules = buildRules(builtinScenario());
const final = randomGame(rules, 'scrub-map-1');
const { states } = replaySteps(rules, final.seed, toArray(final.actions));
const weeks = scrubWeeks(states);

describe('the scrub bar\'s map of a replay', () => {
  it('has a cell per week, in order, covering every step once, each split into the phases taken in it', () => {
    expect(weeks.map((w) => w.turn)).toEqual([...new Set(states.map((s) => s.turn))]);
    expect(weeks[0]!.first).toBe(0);
    expect(weeks.at(-1)!.last).toBe(states.length - 1);
    for (let k = 1; k < weeks.length; k++) expect(weeks[k]!.first).toBe(weeks[k - 1]!.last + 1);
    for (const w of weeks) {
      expect(w.phases[0]!.first).toBe(w.first);
      expect(w.phases.at(-1)!.last).toBe(w.last);
      // A week runs the Coalition, the Regime, Islamic State, then the leaders.
      const kinds = w.phases.map((p) => p.kind).filter((k) => k !== 'over');
      expect(kinds.filter((k, i) => kinds.indexOf(k) === i)).toEqual(kinds);
    }
  });

  it('gives every week the same width: the left edge of week N is its first step, and each step maps back to itself', () => {
    weeks.forEach((w, k) => expect(indexAt(weeks, k / weeks.length + 1e-6)).toBe(w.first));
    for (let i = 0; i < states.length; i++) expect(indexAt(weeks, shareOf(weeks, i))).toBe(i);
    expect(indexAt(weeks, -1)).toBe(0);
    expect(indexAt(weeks, 2)).toBe(states.length - 1);
  });
});
