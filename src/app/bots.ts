import { BOT_LEVELS, type BotLevel } from '../ai/bot';

/**
 * The bots the menu offers, from `src/ai`. They think in a Web Worker
 * (src/app/botMinds.ts, thinking.ts); this module names them without loading them.
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
