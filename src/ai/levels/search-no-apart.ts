/**
 * The search with Islamic State's flight plan as the greedy bot plays it,
 * not pushed apart (BotOptions.apart 0): the default search before the
 * flight was pushed apart, for paired comparisons (docs/BALANCE.md, *The
 * pile in Madan*). Only Islamic State's seat plays differently; a hunter's
 * search has no flight plan of its own.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, { apart: 0, ...options });

export default createSearchBot;
