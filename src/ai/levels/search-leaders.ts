/**
 * The search with Islamic State's secret leader moves searched like its
 * operations (BotOptions.searchLeaders), not left to the greedy flight plan.
 * Not the default: in Islamic State's seat against greedy hunters it won 12
 * points less than the search with the flight plan, paired over 100 seeds
 * (docs/BALANCE.md, *The leader phase, searched*): a playout round the table
 * rarely reaches the raid or the redoubt a leader's move is for.
 */
import type { BotFactory } from '../bot';
import { SearchBot } from '../search';

const createSearchBot: BotFactory = ({ side, rng, options }) => new SearchBot(side, rng, { searchLeaders: true, ...options });

export default createSearchBot;
