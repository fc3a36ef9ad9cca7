import { BOT_LEVELS, createBot, type Bot, type BotLevel } from '../ai';
import type { Action, Observation, Side } from '../rules';

/**
 * The bots the menu offers, from `src/ai`. A bot only ever receives the
 * observation of its own side; each keeps its own seeded generator for the whole game.
 */
export interface BotChoice {
  id: BotLevel;
  label: string;
}

const LABELS: Record<BotLevel, string> = {
  random: 'Random (weakest)',
  greedy: 'Greedy',
  search: 'Search (strongest, slower)',
};

export function botLevels(): BotChoice[] {
  return BOT_LEVELS.map((id) => ({ id, label: LABELS[id] ?? id }));
}

export function isBotLevel(s: string): s is BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(s);
}

const bots = new Map<string, Bot>();

/**
 * The page's bots draw from the game seed plus a secret of this page load: the
 * seed is shown to the players (to share a game), and a bot seeded from it
 * alone could be re-run by a human to read Islamic State's secret moves. The
 * game stays reproducible all the same: a replay records every bot's action.
 */
const PAGE_SECRET = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

/** The next action of the bot playing `side`; the search bot thinks for a bounded time so the page stays responsive. */
export function chooseBotAction(observation: Observation, side: Side, level: string, gameSeed: string): Action {
  const lvl: BotLevel = isBotLevel(level) ? level : 'greedy';
  const key = `${lvl}:${side}:${gameSeed}`;
  let bot = bots.get(key);
  if (!bot) {
    if (bots.size > 12) bots.clear();
    bot = createBot(lvl, side, `${gameSeed}:${PAGE_SECRET}`, lvl === 'search' ? { ms: 250 } : {});
    bots.set(key, bot);
  }
  return bot.choose(observation);
}
