/** Bots that play through the public rules API, seeing only their side's view. */
import { legalActions, type Action, type GameView, type Side } from '../rules';
import type { Bot, BotLevel, BotOptions } from './bot';
import { greedyChoice } from './greedy';
import { botRng } from './rng';
import { SearchBot } from './search';

export type { Bot, BotLevel, BotOptions } from './bot';
export { BOT_LEVELS } from './bot';
export { playGame, summarize, type PlayedGame, type PlayOptions, type LeaderFate } from './play';
export { beliefs, determinize, leaderDensity, type LeaderBelief } from './belief';
export { evaluate } from './evaluate';
export { DEFAULT_ITERATIONS } from './search';

/** A bot for `side` at `level`, deterministic given `seed` and the views it is shown. */
export function createBot(level: BotLevel, side: Side, seed: string, options: BotOptions = {}): Bot {
  const rng = botRng(`${level}:${side}:${seed}`);
  switch (level) {
    case 'random':
      return {
        level,
        side,
        choose(v: GameView): Action {
          const legal = legalActions(v, side);
          return legal[rng.int(legal.length)] ?? { type: 'endPhase', side };
        },
      };
    case 'greedy':
      return { level, side, choose: (v: GameView) => greedyChoice(v, side, rng) };
    case 'search':
      return new SearchBot(side, rng, options);
  }
}
