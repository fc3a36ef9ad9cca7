import seedrandom from 'seedrandom';
import type { RngState } from './state';

/** The game's one generator: alea, seeded once, its state saved in the game state after every draw. */
export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state();
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
