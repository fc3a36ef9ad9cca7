import seedrandom from 'seedrandom';

/** A bot's own generator: seeded once, never the game's dice, never Math.random. */
export interface BotRng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in 0..n-1. */
  int(n: number): number;
}

export function botRng(seed: string): BotRng {
  const prng = seedrandom.alea(seed);
  return {
    next: () => prng(),
    int: (n: number) => Math.floor(prng() * n),
  };
}
