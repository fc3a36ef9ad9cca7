import { createBot, type Bot, type BotLevel } from '../ai';
import type { Action, Chapter, Observation, Ruleset, Side } from '../rules';
import { fromArray } from '../rules/history';
import { isBotLevel } from './bots';

/**
 * The bots of the page's games, as the bot worker (thinking.worker.ts) keeps
 * them: each bot is one object for its whole game, its seeded generator and
 * what it has learnt carried from one decision to the next. A bot only ever
 * receives the observation of its own side.
 */

/** An observation as it crosses to the worker: the log as a flat list (a linked list deep enough overflows the structured clone), the ruleset by number. */
export type SentObservation = Omit<Observation, 'rules' | 'log'> & { log: Chapter[] };

export interface ThinkRequest {
  id: number;
  /** The page numbers each ruleset it sends; the ruleset itself crosses once, with the first request that names it. */
  rulesId: number;
  rules?: Ruleset;
  level: string;
  side: Side;
  gameSeed: string;
  observation: SentObservation;
}

export type ThinkAnswer = { id: number; action: Action } | { id: number; error: string };

export function sendable(observation: Observation): SentObservation {
  const { rules: _rules, log, ...rest } = observation;
  const chapters: Chapter[] = [];
  for (let c = log; c !== null; c = c.prev) chapters.push(c.item);
  return { ...rest, log: chapters.reverse() };
}

/**
 * The page's bots draw from the game seed plus a secret of this page load: the
 * seed is shown to the players (to share a game), and a bot seeded from it
 * alone could be re-run by a human to read Islamic State's secret moves. The
 * game stays reproducible all the same: a replay records every bot's action.
 * The secret lives in the worker: the page itself never holds it.
 */
const PAGE_SECRET = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

export class BotMinds {
  private readonly bots = new Map<string, Bot>();
  /** One ruleset object per game: the search bot's tables are kept for the ruleset they were built from (src/ai/tables.ts). */
  private readonly rules = new Map<number, Ruleset>();

  /**
   * The next action of the bot playing `side`. Off the page's thread, the
   * search bot thinks its whole 300 iterations, a fixed count: the same
   * observations give the same answers, whatever the machine's speed.
   */
  think(r: ThinkRequest): Action {
    if (r.rules) {
      if (this.rules.size > 8) this.rules.clear();
      this.rules.set(r.rulesId, r.rules);
    }
    const rules = this.rules.get(r.rulesId);
    if (!rules) throw new Error(`ruleset ${r.rulesId} was never sent`);
    const level: BotLevel = isBotLevel(r.level) ? r.level : 'greedy';
    const key = `${level}:${r.side}:${r.gameSeed}:${r.rulesId}`;
    let bot = this.bots.get(key);
    if (!bot) {
      if (this.bots.size > 12) this.bots.clear();
      bot = createBot(level, r.side, `${r.gameSeed}:${PAGE_SECRET}`);
      this.bots.set(key, bot);
    }
    return bot.choose({ ...r.observation, rules, log: fromArray(r.observation.log) });
  }
}
