/**
 * Who plays a seat in a batch: a bot level, and the actions it must never
 * take. Written on the command line as the level with `-no-ACTION` suffixes,
 * e.g. `greedy-no-search` (a greedy bot that never searches): the handicap
 * behind "information has a payoff" (greedy-no-search against greedy).
 */
import { BOT_LEVELS, type BotLevel } from '../ai';
import { ACTION_TYPES, SIDES, type ActionType, type Side } from '../rules';
import { UsageError } from './args';

export interface Seat {
  level: BotLevel;
  /** Action types the bot never chooses (BotOptions.exclude). */
  exclude: readonly ActionType[];
}

/** Ending a phase is every bot's way out of a phase: it cannot be excluded. */
const EXCLUDABLE = ACTION_TYPES.filter((t) => t !== 'endPhase');

/** A plain level is a seat with nothing excluded: batches accept either. */
export const seatOf = (seat: BotLevel | Seat): Seat => (typeof seat === 'string' ? { level: seat, exclude: [] } : seat);

/** The seat as the command line writes it: "greedy", "greedy-no-search". */
export const seatName = (seat: BotLevel | Seat): string => {
  const s = seatOf(seat);
  return [s.level, ...s.exclude.map((t) => `no-${t}`)].join('-');
};

/** "greedy", "search-no-search", "random-no-raid-no-watch": a level, then actions it never takes. */
export function parseSeat(text: string, flag: string): Seat {
  const [head, ...rest] = text.trim().split('-no-');
  const known = `use ${BOT_LEVELS.join(', ')}, optionally with -no-ACTION (e.g. greedy-no-search)`;
  if (!head || !(BOT_LEVELS as readonly string[]).includes(head)) throw new UsageError(`${flag}: unknown bot level "${text}"; ${known}.`);
  const exclude: ActionType[] = [];
  for (const t of rest) {
    if (!(EXCLUDABLE as readonly string[]).includes(t)) throw new UsageError(`${flag}: "${text}" excludes "${t}", not an action a bot can do without (${EXCLUDABLE.join(', ')}).`);
    if (!exclude.includes(t as ActionType)) exclude.push(t as ActionType);
  }
  return { level: head as BotLevel, exclude };
}

/** "greedy" for every side, or "coalition=search,regime=greedy-no-search,islamicState=random". */
export function parseBots(raw: string): Record<Side, Seat> {
  if (!raw.includes('=')) {
    const s = parseSeat(raw, '--bots');
    return { coalition: s, regime: s, islamicState: s };
  }
  const seats: Partial<Record<Side, Seat>> = {};
  for (const part of raw.split(',')) {
    const [side, value] = part.split('=').map((x) => x.trim());
    if (!side || !(SIDES as readonly string[]).includes(side) || value === undefined) {
      throw new UsageError(`--bots: "${part}" is not side=level (sides: ${SIDES.join(', ')}).`);
    }
    seats[side as Side] = parseSeat(value, '--bots');
  }
  const missing = SIDES.filter((s) => !seats[s]);
  if (missing.length) throw new UsageError(`--bots: give a level for ${missing.join(', ')} too.`);
  return seats as Record<Side, Seat>;
}

/** "coalition=greedy-no-search,regime=greedy,islamicState=greedy". */
export const seatsText = (seats: Record<Side, BotLevel | Seat>): string => SIDES.map((s) => `${s}=${seatName(seats[s])}`).join(',');
