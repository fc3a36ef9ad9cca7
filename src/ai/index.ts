/** Bots that play through the public rules API, seeing only their side's observation. */
import { legalActions, type Action, type Observation, type Side } from '../rules';
import type { Bot, BotLevel, BotOptions } from './bot';
import { allowed, GreedyBot } from './greedy';
import { botRng } from './rng';
import { SearchBot } from './search';

export type { Bot, BotLevel, BotOptions, Horizon } from './bot';
export { BOT_LEVELS } from './bot';
export { playGame, summarize, type PlayedGame, type PlayOptions, type LeaderFate, type LeaderCapture } from './play';
export { leaderDensity } from './density';
export { evaluate } from './evaluate';
export { greedyChoice, type GreedyOptions } from './greedy';
export { DEFAULT_ITERATIONS, DEFAULT_HORIZON, SearchBot } from './search';

/** A bot for `side` at `level`, deterministic given `seed` and the observations it is shown. */
export function createBot(level: BotLevel, side: Side, seed: string, options: BotOptions = {}): Bot {
  const rng = botRng(`${level}:${side}:${seed}`);
  switch (level) {
    case 'random':
      return {
        level,
        side,
        choose(observation: Observation): Action {
          const legal = allowed(legalActions(observation, side), options.exclude);
          return legal[rng.int(legal.length)] ?? { type: 'endPhase', side };
        },
      };
    case 'greedy':
      return new GreedyBot(side, rng, options.exclude);
    case 'search':
      return new SearchBot(side, rng, options);
  }
}
