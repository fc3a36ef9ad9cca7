/**
 * The search level as it played before the stalls work (commit 2a5ad8c): the
 * halving's pick always played (confidence 0), the heuristic reading no front,
 * and the hunters' playouts stopping at the turn's end: the options the
 * default `search` plays with again, pinned, so the front-reading variants
 * can be measured against it whatever the default becomes, e.g.
 * `npm run compare -- --side regime --levels ./src/ai/levels/search-before-stalls.ts,./src/ai/levels/search-front.ts`.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) =>
  new SearchBot(side, rng, { confidence: 0, front: false, horizon: side === 'islamicState' ? 'round' : 'turn', ...options });

export default createSearchBot;
