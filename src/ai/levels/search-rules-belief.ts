/**
 * The search level hunting by the rules' belief (Resampler: the trail's filter) instead of its own
 * leader filter (src/ai/belief.ts): a bot module for measuring what the filter is worth, e.g.
 * `npm run compare -- --side coalition --levels ./src/ai/levels/search-rules-belief.ts,search`.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, { ...options, belief: 'rules' });

export default createSearchBot;
