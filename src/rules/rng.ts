import seedrandom from 'seedrandom';
import type { RngState } from './state';

/** The game's one generator: alea, seeded once, its state saved in the game state after every draw. */
export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state();
}

const TWO32 = 2 ** 32;

/**
 * Why a generator state is not one alea can reach, or null: its carry is a
 * whole number below alea's multiplier, and each of its three fractions a
 * multiple of 2^-32 in [0, 1). Any other numbers roll dice outside 1..6.
 */
export function rngProblem(rng: unknown): string | null {
  if (typeof rng !== 'object' || rng === null) return 'the generator state is not an object.';
  const r = rng as Record<string, unknown>;
  const { c } = r;
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 2091639) return `c is ${String(c)}, expected a whole number from 0 to 2091639.`;
  for (const key of ['s0', 's1', 's2'] as const) {
    const v = r[key];
    if (typeof v !== 'number' || !(v >= 0 && v < 1) || !Number.isInteger(v * TWO32)) return `${key} is ${String(v)}, expected a multiple of 2^-32 from 0 to below 1.`;
  }
  return null;
}

/** Dice for one `apply`: restores the saved generator, rolls, and hands back the new state. */
export class Dice {
  /** Restored on the first roll only: most actions roll nothing. */
  private prng: seedrandom.StatefulPRNG<RngState> | null = null;

  constructor(private readonly saved: RngState) {}

  private next(): number {
    this.prng ??= seedrandom.alea('', { state: { c: this.saved.c, s0: this.saved.s0, s1: this.saved.s1, s2: this.saved.s2 } });
    return this.prng();
  }

  /** A six-sided die, 1..6. */
  d6(): number {
    return 1 + Math.floor(this.next() * 6);
  }

  /** A uniform pick among n, 0..n-1. */
  pick(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** The generator's state after the draws, or the same object when nothing was rolled. */
  state(): RngState {
    return this.prng ? this.prng.state() : this.saved;
  }
}
