import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch';
import { builtinScenario } from '../../src/scenario/builtin-file';
import type { BotLevel } from '../../src/ai';

const scenario = builtinScenario();
const levels = { coalition: 'greedy', regime: 'random', islamicState: 'greedy' } as const;

describe('runBatch across workers', () => {
  it('gives the same records, ordered by index, on a slice of a batch, with progress after every game', async () => {
    const opts = { scenario, seed: 'slice', games: 7, first: 5, levels };
    const one = await runBatch({ ...opts, workers: 1 });
    const progress: number[] = [];
    const three = await runBatch({ ...opts, workers: 3, onProgress: (done, total) => progress.push(done * 100 + total) });
    expect(three).toEqual(one);
    expect(three.map((r) => r.seed)).toEqual(['slice:5', 'slice:6', 'slice:7', 'slice:8', 'slice:9', 'slice:10', 'slice:11']);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => d * 100 + 7));
  });

  it('passes excluded actions and continuations through to the workers', async () => {
    const seats = { coalition: { level: 'greedy', exclude: ['search'] }, regime: 'greedy', islamicState: 'greedy' } as const;
    const opts = { scenario, seed: 'nosearch', games: 4, levels: seats, continuations: 2 };
    const one = await runBatch({ ...opts, workers: 1 });
    expect(await runBatch({ ...opts, workers: 2 })).toEqual(one);
    const plain = await runBatch({ ...opts, levels: { coalition: 'greedy', regime: 'greedy', islamicState: 'greedy' }, workers: 1 });
    expect(plain).not.toEqual(one);
    for (const r of one) {
      if (r.continuations === null) continue;
      expect(r.continuations.games).toBe(2);
      expect(Object.values(r.continuations.winners).reduce((a, b) => a + b, 0)).toBe(2);
    }
  });

  it('fails with the seed of the game that failed in a worker', async () => {
    const broken = { ...levels, regime: 'no-such-level' as BotLevel };
    await expect(runBatch({ scenario, seed: 'bad', games: 4, workers: 2, levels: broken })).rejects.toThrow(/^Game bad:\d failed in a worker: /);
  });
});
