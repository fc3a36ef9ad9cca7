import { describe, expect, it } from 'vitest';
import { soak } from '../../src/cli/soak-games';
import { ACTION_TYPES } from '../../src/rules';
import { builtinScenario } from '../../src/scenario/builtin-file';

describe('soak slice (the full 10,000 games run with npm run soak)', () => {
  it('200 seeded bot games on the built-in scenario break no invariant, and every event seen reads as a sentence', () => {
    const result = soak(builtinScenario(), 'soak', 200);
    expect(result.failures.map((f) => `${f.seed}@${f.step}: ${f.problem}`)).toEqual([]);
    expect(result.actions).toBeGreaterThan(200 * 50);
    // Every kind of move was made, the manhunt's overwatch, raids and deconfliction included.
    for (const type of ACTION_TYPES) expect(result.byType[type] ?? 0, type).toBeGreaterThan(0);
    for (const type of ['watched', 'raided', 'deconflicted', 'leaderTracked', 'leaderCaptured', 'intercepted', 'gameOver'] as const) {
      expect(result.events[type] ?? 0, type).toBeGreaterThan(0);
    }
  });
});
