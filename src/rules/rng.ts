import seedrandom from 'seedrandom';
import type { RngState } from './state';

type StatefulPrng = (() => number) & { state(): RngState };

/** The game's one generator: alea, seeded once, its state saved in the game state after every draw. */
export function seedRng(seed: string): RngState {
  return (seedrandom.alea(seed, { state: true }) as unknown as StatefulPrng).state();
}

/**
 * Dice for one `apply`: restores the saved generator, rolls, and hands back
 * the new state. Restoring through seedrandom would re-run its seeding hash on
 * every apply that rolls, so the dice step alea here with seedrandom's exact
 * arithmetic (its `next`), which keeps every draw bit-identical (a test holds
 * the two together).
 */
export class Dice {
  private c = 0;
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  /** Restored on the first roll only: most actions roll nothing. */
  private rolled = false;

  constructor(private readonly saved: RngState) {}

  private next(): number {
    if (!this.rolled) {
      this.rolled = true;
      this.c = this.saved.c;
      this.s0 = this.saved.s0;
      this.s1 = this.saved.s1;
      this.s2 = this.saved.s2;
    }
    // seedrandom's alea step, verbatim.
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** A six-sided die, 1..6. */
  d6(): number {
    return 1 + Math.floor(this.next() * 6);
  }

  /** A uniform pick among n, 0..n-1. */
  pick(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** The generator's state after the draws (seedrandom's field order), or the same object when nothing was rolled. */
  state(): RngState {
    return this.rolled ? { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 } : this.saved;
  }
}
