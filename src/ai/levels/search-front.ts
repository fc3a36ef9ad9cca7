/**
 * The front-reading search (docs/BALANCE.md, *The front-reading search*): a
 * hunter defers to the heuristic's first choice unless its playouts prefer
 * another by CONFIDENCE standard errors, Islamic State keeps the halving's
 * pick; the heuristic reads the front; every side's playouts look round the
 * table: the options the `search` level had at commit cdd225e (it evaluates
 * with the weights refitted at 3fcb458, so its games differ). Not the
 * default: the all-search line-up froze less (10.5% of games with five quiet
 * turns, from 45.0%) but Islamic State won 67.0%.
 */
import type { BotFactory } from '../bot';
import { CONFIDENCE, FRONT_HORIZON, SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) =>
  new SearchBot(side, rng, { confidence: CONFIDENCE[side], front: true, horizon: FRONT_HORIZON[side], ...options });

export default createSearchBot;
