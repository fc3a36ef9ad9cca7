import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { Dice, seedRng } from '../../src/rules/rng';
import type { RngState } from '../../src/rules/state';

type Stateful = (() => number) & { state(): RngState };

describe('the dice', () => {
  it('draw exactly what seedrandom alea restored from the same state draws, and save the same state', () => {
    for (let k = 0; k < 200; k++) {
      let saved = seedRng(`dice:${k}`);
      for (let apply = 0; apply < 20; apply++) {
        const reference = seedrandom.alea('', { state: { ...saved } }) as unknown as Stateful;
        const dice = new Dice(saved);
        const draws = (k + apply) % 7;
        for (let i = 0; i < draws; i++) {
          if (i % 2 === 0) expect(dice.d6()).toBe(1 + Math.floor(reference() * 6));
          else expect(dice.pick(i + 2)).toBe(Math.floor(reference() * (i + 2)));
        }
        const after = dice.state();
        if (draws === 0) expect(after).toBe(saved);
        else expect(JSON.stringify(after)).toBe(JSON.stringify(reference.state()));
        saved = after;
      }
    }
  });
});
