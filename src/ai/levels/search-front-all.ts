/**
 * The front-reading search with every side deferring, Islamic State too
 * (docs/BALANCE.md, *The front-reading search*): as search-front.ts, with
 * Islamic State's confidence the hunters': the options the `search` level had
 * at commit 9b0265a. The closest of the variants to issue 11's line-up (the
 * Regime 26.0%, Islamic State 46.5%, 17.5% of games with five quiet turns),
 * but Islamic State's search lost 16 points against greedy in its seat.
 */
import type { BotFactory } from '../bot';
import { CONFIDENCE, FRONT_HORIZON, SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) =>
  new SearchBot(side, rng, { confidence: CONFIDENCE.coalition, front: true, horizon: FRONT_HORIZON[side], ...options });

export default createSearchBot;
