/**
 * The front-reading search (docs/BALANCE.md, *The front-reading search*): a
 * hunter defers to the heuristic's first choice unless its playouts prefer
 * another by CONFIDENCE standard errors, Islamic State keeps the halving's
 * pick; the heuristic reads the front; every side's playouts look round the
 * table. It plays as the `search` level did at commit cdd225e. Not the
 * default: the all-search line-up froze less (10.5% of games with five quiet
 * turns, from 45.0%) but Islamic State won 67.0%.
 */
import type { BotFactory } from '../bot';
import { CONFIDENCE, FRONT_HORIZON, SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) =>
  new SearchBot(side, rng, { confidence: CONFIDENCE[side], front: true, horizon: FRONT_HORIZON[side], ...options });

export default createSearchBot;
