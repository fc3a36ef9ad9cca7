/**
 * The search level hunting by its own leader filter (src/ai/belief.ts) whatever its side's default
 * (DEFAULT_BELIEF in src/ai/search.ts): a bot module for measuring what the filter is worth in a seat, e.g.
 * `npm run compare -- --side regime --levels search,./src/ai/levels/search-filter-belief.ts`.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, { ...options, belief: 'filter' });

export default createSearchBot;
