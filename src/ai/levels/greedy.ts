/** The greedy level as a bot module (src/ai/greedy.ts): the side's rule of thumb, near-equal choices drawn by its generator. */
import type { BotFactory } from '../bot';
import { GreedyBot } from '../greedy';

const createGreedyBot: BotFactory = ({ side, rng, options }) => new GreedyBot(side, rng, options.exclude, options.apart);

export default createGreedyBot;
