/**
 * Bot modules (docs/BOTS.md): a file whose default export is a BotFactory,
 * named on the command line in place of a level. A module is loaded once per
 * thread (the batch's and each worker's), tried for each seat it takes before
 * any game is played, and every bot it makes is held to the rules on every
 * action: whatever goes wrong is refused with one line naming the file and
 * the problem.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBot, seatRng, type Bot, type BotContext, type BotFactory } from '../ai';
import { actionSchema, check, SIDE_NAMES, type Action, type Observation, type Side } from '../rules';
import { firstIssue } from '../rules/schema';
import { UsageError } from './args';
import type { BatchBotOptions } from './game-record';
import { botName, isModuleSeat, MODULE_EXTENSIONS, type ModuleSeat, type Seat } from './seats';

/** A bot module that cannot play: one line naming the file and what is wrong, exit code 2, no usage and no stack. */
export class BotModuleError extends UsageError {
  constructor(message: string) {
    super(message, false);
  }
}

/** Factories loaded in this thread, by the module's absolute path. */
const loaded = new Map<string, BotFactory>();

/**
 * Loads the modules the seats name and makes a trial bot for each seat a
 * module takes, so a missing file, a module without a factory, a factory that
 * throws or one that returns no bot is refused before the first game.
 */
export async function loadSeats(seats: Readonly<Record<Side, Seat>>, botOptions: BatchBotOptions): Promise<void> {
  for (const [side, seat] of Object.entries(seats) as [Side, Seat][]) {
    if (!isModuleSeat(seat)) continue;
    await loadFactory(seat.module);
    seatBot(seat, side, 'trial', botOptions);
  }
}

/** The bot for `side` in the game seeded `seed`: a level's, or a loaded module's, checked on every action. */
export function seatBot(seat: Seat, side: Side, seed: string, botOptions: BatchBotOptions): Bot {
  if (!isModuleSeat(seat)) return createBot(seat.level, side, seed, { ...botOptions[seat.level], exclude: seat.exclude });
  const factory = loaded.get(resolve(seat.module));
  if (!factory) throw new Error(`The bot module ${seat.module} was not loaded before the game (loadSeats).`);
  const name = botName(seat);
  return checkedBot(seat, side, seed, factory, { side, rng: seatRng(name, side, seed), options: { ...botOptions[name] } });
}

async function loadFactory(path: string): Promise<BotFactory> {
  const absolute = resolve(path);
  const known = loaded.get(absolute);
  if (known) return known;
  let isFile = false;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    throw new BotModuleError(`${path}: no such bot module.`);
  }
  if (!isFile) throw new BotModuleError(`${path}: is a directory, not a bot module.`);
  if (!MODULE_EXTENSIONS.some((e) => absolute.endsWith(e))) throw new BotModuleError(`${path}: a bot module is a ${MODULE_EXTENSIONS.join(', ')} file.`);
  let exports: Record<string, unknown>;
  try {
    exports = await import(pathToFileURL(absolute).href);
  } catch (e) {
    throw new BotModuleError(`${path}: cannot be loaded: ${firstLine(e)}`);
  }
  const factory = exports.default;
  if (typeof factory !== 'function') {
    const what = factory === undefined ? 'has no default export' : `exports ${kindOf(factory)} by default`;
    throw new BotModuleError(`${path}: ${what}; a bot module's default export is its factory, (context) => bot (docs/BOTS.md).`);
  }
  loaded.set(absolute, factory as BotFactory);
  return factory as BotFactory;
}

/** A module's bot that answers only with legal actions: anything else stops the batch with the file, the seat and the game. */
function checkedBot(seat: ModuleSeat, side: Side, seed: string, factory: BotFactory, context: BotContext): Bot {
  const who = `${seat.module} (${SIDE_NAMES[side]})`;
  let bot: unknown;
  try {
    bot = factory(context);
  } catch (e) {
    throw new BotModuleError(`${seat.module}: its factory threw for the ${SIDE_NAMES[side]} seat: ${firstLine(e)}`);
  }
  if (typeof bot !== 'object' || bot === null || typeof (bot as Bot).choose !== 'function') {
    throw new BotModuleError(`${seat.module}: its factory returned ${kindOf(bot)}, not a bot (an object with a choose(observation) method).`);
  }
  const made = bot as Bot;
  return {
    choose(observation: Observation): Action {
      const where = `in game ${seed}, turn ${observation.turn}`;
      let answer: unknown;
      try {
        answer = made.choose(observation);
      } catch (e) {
        throw new BotModuleError(`${who} threw ${where}: ${firstLine(e)}`);
      }
      const parsed = actionSchema.safeParse(answer);
      if (!parsed.success) throw new BotModuleError(`${who} answered ${preview(answer)} ${where}, not an action (${firstIssue(parsed.error)}).`);
      const error = check(observation, parsed.data);
      if (error) throw new BotModuleError(`${who} chose an illegal action ${preview(parsed.data)} ${where}: ${error.message}`);
      return parsed.data;
    },
  };
}

/** An error's message on one line: its first line, and the next when the first only announces it ("Transform failed with 1 error:"). */
function firstLine(e: unknown): string {
  const lines = (e instanceof Error ? e.message : String(e))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return 'no message';
  return lines[0]!.endsWith(':') && lines[1] ? `${lines[0]} ${lines[1]}` : lines[0]!;
}

/** "undefined", "a Promise", "a number": what a value is, for a message. */
function kindOf(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (v instanceof Promise) return 'a Promise (a factory must return its bot, not wait for it)';
  if (typeof v === 'object') return 'an object without a choose method';
  return `a ${typeof v}`;
}

/** A value as one short line of JSON. */
function preview(v: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
