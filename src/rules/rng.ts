import seedrandom from 'seedrandom';
import type { RngState } from './state';

type StatefulPrng = (() => number) & { state(): RngState };

function alea(seed: string, state: RngState | true): StatefulPrng {
  return seedrandom.alea(seed, { state }) as unknown as StatefulPrng;
}

/** The game's one generator: alea, seeded once, its state saved in the game state after every draw. */
export function seedRng(seed: string): RngState {
  return alea(seed, true).state();
}

/** Dice for one `apply`: restores the saved generator, rolls, and hands back the new state. */
export class Dice {
  /** Restored on the first roll only: most actions roll nothing. */
  private prng: StatefulPrng | null = null;

  constructor(private readonly saved: RngState) {}

  private next(): number {
    this.prng ??= alea('', { ...this.saved });
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
