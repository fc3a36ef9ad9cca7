import { describe, expect, it } from 'vitest';
import { buildTables } from '../../src/ai/tables';
import { buildRules } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

const rules = buildRules(builtinScenario());
const n = rules.ids.length;
const at = (id: string) => rules.index.get(id)!;
const links = (fade: Float64Array, a: string, b: string) => (fade[at(a) * n + at(b)]! - 1) / 1.5;

describe("the bots' map tables", () => {
  const { fade } = buildTables(rules);

  it("a side's way to a target never runs through its ally's objective or bases (§1.5)", () => {
    // Tabqa (a Coalition base) and Raqqa (its objective) close the Regime's road from Resafa down the river.
    expect(links(fade[1], 'resafa', 'tabqa')).toBe(1);
    expect(links(fade[1], 'resafa', 'maadan')).toBe(Infinity);
    expect(links(fade[1], 'palmyra', 'deir-ez-zor')).toBe(2);
    // Deir el-Zour (the Regime's objective) closes the Coalition's road down the valley past it.
    expect(links(fade[0], 'maadan', 'mayadin')).toBe(Infinity);
    expect(links(fade[0], 'tabqa', 'maadan')).toBe(2);
  });

  it('Islamic State, allied to no one, goes by every link', () => {
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(fade[2][a * n + b]).toBe(1 + 1.5 * rules.distance[a * n + b]!);
  });
});
