/**
 * Who plays a seat in a batch: a built-in bot level and the actions it must
 * never take, or a bot module (docs/BOTS.md). Written on the command line as
 * the level with `-no-ACTION` suffixes, e.g. `greedy-no-search` (a greedy bot
 * that never searches: the handicap behind "information has a payoff"), or as
 * the module's path, e.g. `./bots/scripts/coalition-storm.ts`.
 */
import { BOT_LEVELS, type BotLevel } from '../ai';
import { ACTION_TYPES, SIDES, type ActionType, type Side } from '../rules';
import { UsageError } from './args';

export interface LevelSeat {
  level: BotLevel;
  /** Action types the bot never chooses (BotOptions.exclude). */
  exclude: readonly ActionType[];
}

/** A bot module, by its path as the command line gave it (relative to the working directory). */
export interface ModuleSeat {
  module: string;
}

export type Seat = LevelSeat | ModuleSeat;

/** Ending a phase is every bot's way out of a phase: it cannot be excluded. */
const EXCLUDABLE = ACTION_TYPES.filter((t) => t !== 'endPhase');

/** What a bot module's file name ends with: what tsx (the CLI's runner) imports. */
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'] as const;

/** A plain level is a seat with nothing excluded: batches accept either. */
export const seatOf = (seat: BotLevel | Seat): Seat => (typeof seat === 'string' ? { level: seat, exclude: [] } : seat);

export const isModuleSeat = (seat: Seat): seat is ModuleSeat => 'module' in seat;

/** The seat as the command line writes it: "greedy", "greedy-no-search", "./bots/mine.ts". */
export const seatName = (seat: BotLevel | Seat): string => {
  const s = seatOf(seat);
  if (isModuleSeat(s)) return s.module;
  return [s.level, ...s.exclude.map((t) => `no-${t}`)].join('-');
};

/**
 * The name a seat's bot goes by: its level, or its module's file name without
 * the extension. It seeds the bot's generator and picks its options (the
 * search budget goes to "search"), so ./src/ai/levels/greedy.ts plays exactly
 * as greedy.
 */
export function botName(seat: Seat): string {
  if (!isModuleSeat(seat)) return seat.level;
  const file = seat.module.split(/[\\/]/).pop()!;
  return file.replace(/\.[^.]+$/, '');
}

/** A path rather than a level: it names a folder or ends like a module file. */
const looksLikeModule = (text: string) => /[\\/]/.test(text) || MODULE_EXTENSIONS.some((e) => text.endsWith(e));

/** "greedy", "search-no-search", "random-no-raid-no-watch": a level, then actions it never takes; or a bot module's path. */
export function parseSeat(text: string, flag: string): Seat {
  const trimmed = text.trim();
  if (looksLikeModule(trimmed)) return { module: trimmed };
  const [head, ...rest] = trimmed.split('-no-');
  const known = `use ${BOT_LEVELS.join(', ')}, optionally with -no-ACTION (e.g. greedy-no-search), or a bot module's path (e.g. ./bots/mine.ts)`;
  if (!head || !(BOT_LEVELS as readonly string[]).includes(head)) throw new UsageError(`${flag}: unknown bot "${text}"; ${known}.`);
  const exclude: ActionType[] = [];
  for (const t of rest) {
    if (!(EXCLUDABLE as readonly string[]).includes(t)) throw new UsageError(`${flag}: "${text}" excludes "${t}", not an action a bot can do without (${EXCLUDABLE.join(', ')}).`);
    if (!exclude.includes(t as ActionType)) exclude.push(t as ActionType);
  }
  return { level: head as BotLevel, exclude };
}

/** "greedy" for every side, or "coalition=search,regime=./bots/mine.ts,islamicState=random". */
export function parseBots(raw: string): Record<Side, Seat> {
  if (!raw.includes('=')) {
    const s = parseSeat(raw, '--bots');
    return { coalition: s, regime: s, islamicState: s };
  }
  const seats: Partial<Record<Side, Seat>> = {};
  for (const part of raw.split(',')) {
    const [side, value] = part.split('=').map((x) => x.trim());
    if (!side || !(SIDES as readonly string[]).includes(side) || value === undefined) {
      throw new UsageError(`--bots: "${part}" is not side=bot (sides: ${SIDES.join(', ')}).`);
    }
    seats[side as Side] = parseSeat(value, '--bots');
  }
  const missing = SIDES.filter((s) => !seats[s]);
  if (missing.length) throw new UsageError(`--bots: give a bot for ${missing.join(', ')} too.`);
  return seats as Record<Side, Seat>;
}

/** "coalition=greedy-no-search,regime=greedy,islamicState=./bots/mine.ts". */
export const seatsText = (seats: Record<Side, BotLevel | Seat>): string => SIDES.map((s) => `${s}=${seatName(seats[s])}`).join(',');
