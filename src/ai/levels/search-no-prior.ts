/**
 * The search level without the greedy heuristic's prior at the root (src/ai/search.ts,
 * PRIOR_WEIGHT): a bot module for measuring what the prior is worth, e.g.
 * `npm run compare -- --side regime --levels ./src/ai/levels/search-no-prior.ts,search`.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, { ...options, prior: 0 });

export default createSearchBot;
