/** The search level as a bot module (src/ai/search.ts): Monte Carlo search over resampled worlds, options.iterations a decision. */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, options);

export default createSearchBot;
