import { describe, expect, it } from 'vitest';
import { soak } from '../../src/cli/soak-games';
import { builtinScenario } from '../../src/scenario/builtin-file';

describe('soak slice (the full 10,000 games run with npm run soak)', () => {
  it('200 seeded bot games on the built-in scenario break no invariant', () => {
    const result = soak(builtinScenario(), 'soak', 200);
    expect(result.failures.map((f) => `${f.seed}@${f.step}: ${f.problem}`)).toEqual([]);
    expect(result.actions).toBeGreaterThan(200 * 50);
  });
});
