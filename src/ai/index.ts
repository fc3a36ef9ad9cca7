/** Bots that play through the public rules API, seeing only their side's observation. */
import type { Side } from '../rules';
import type { Bot, BotFactory, BotLevel, BotOptions } from './bot';
import createGreedyBot from './levels/greedy';
import createRandomBot from './levels/random';
import createSearchBot from './levels/search';
import { botRng } from './rng';

export type { Bot, BotContext, BotFactory, BotLevel, BotOptions, Horizon } from './bot';
export { BOT_LEVELS } from './bot';
export { botRng, type BotRng } from './rng';
export { playGame, summarize, type PlayedGame, type PlayOptions, type LeaderFate, type LeaderCapture } from './play';
export { leaderDensity } from './density';
export { evaluate } from './evaluate';
export { greedyChoice, NEAR_BEST, type GreedyOptions } from './greedy';
export { DEFAULT_ITERATIONS, DEFAULT_HORIZON, SearchBot } from './search';

/**
 * The built-in levels, made through the same factory a bot module exports
 * (docs/BOTS.md); each is also a module of its own in src/ai/levels/.
 */
export const BUILTIN_BOTS: Readonly<Record<BotLevel, BotFactory>> = {
  random: createRandomBot,
  greedy: createGreedyBot,
  search: createSearchBot,
};

/**
 * The generator of the bot named `name` (a level, or a bot module's file name)
 * playing `side` in the game seeded `seed`: the same bot in the same seat of
 * the same game always draws the same numbers.
 */
export const seatRng = (name: string, side: Side, seed: string) => botRng(`${name}:${side}:${seed}`);

/** A bot for `side` at `level`, deterministic given `seed` and the observations it is shown. */
export function createBot(level: BotLevel, side: Side, seed: string, options: BotOptions = {}): Bot {
  return BUILTIN_BOTS[level]({ side, rng: seatRng(level, side, seed), options });
}
