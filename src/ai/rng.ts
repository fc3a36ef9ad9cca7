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

/** The rules' generator state format (alea), for the dice of simulated futures. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

type Stateful = (() => number) & { state(): AleaState };

/** A fresh dice state for a determinized game, drawn from the bot's own generator. */
export function diceState(rng: BotRng): AleaState {
  const prng = seedrandom.alea(String(rng.next()), { state: true }) as unknown as Stateful;
  return prng.state();
}
