import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HELP } from './help';

/**
 * A mistake in how a command was called or what it was given: one line on
 * stderr, exit code 2. The usage follows the message unless `withUsage` is
 * false (a file that is wrong in itself, such as a bot module that breaks a
 * rule mid-game: the flags were right).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly withUsage = true,
  ) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs, strict, with its errors turned into one readable line.
 * A flag given twice is an error naming it: parseArgs would keep the last
 * value without a word, and `--games 10 ... --games 1000000` is a mistake.
 */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals, tokens: true });
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '.');
    throw new UsageError(message);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once.`);
    seen.add(token.name);
  }
  const { values, positionals } = parsed;
  return { values, positionals };
}

/** A batch seed from --seed: 1 to 200 characters, or the command's default. */
export function seedFlag(raw: string | undefined, fallback: string): string {
  const seed = raw ?? fallback;
  if (seed.length === 0 || seed.length > 200) throw new UsageError('--seed must be 1 to 200 characters.');
  return seed;
}

/** A whole number in [min, max] from a flag, or a UsageError naming the flag. */
export function intFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`--${name} must be a whole number, not "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) throw new UsageError(`--${name} must be between ${min} and ${max}, not ${raw}.`);
  return value;
}

/** Asks for help: `--help` or `-h` anywhere among the arguments. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/**
 * Runs a command: `--help` prints its usage and exits 0; user errors print one
 * line and exit 2; nothing prints a stack trace for them. A reader that stops
 * reading (`| head`) ends the command quietly, as a Unix tool does.
 */
/** The command a script file runs: src/cli/sim.ts is "sim". */
function commandName(script: string): string {
  return script.replace(/^.*[\\/]/, '').replace(/\.[cm]?[jt]s$/, '');
}

export async function run(usage: string, main: () => Promise<void> | void): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  // A closed stderr loses the message but not the exit code.
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  if (wantsHelp(process.argv.slice(2))) {
    const details = HELP[commandName(process.argv[1] ?? '')];
    process.stdout.write(details ? `${usage}\n\n${details}\n` : `${usage}\n`);
    return;
  }
  try {
    await main();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.withUsage ? `${e.message} ${usage}\n` : `${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`Internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
