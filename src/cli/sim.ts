import { BOT_LEVELS, type BotLevel } from '../ai';
import { SIDES, type Scenario, type Side } from '../rules';
import { compileScenario } from '../scenario';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, UsageError } from './args';
import { runBatch } from './batch';
import { readUserFile } from './files';
import { writeReport } from './report';
import { formatSummary, summarizeBatch } from './summary';

const USAGE =
  'Usage: npm run sim -- [--seed S] [--games N] [--workers W] [--bots LEVEL | --bots coalition=L,regime=L,islamicState=L] [--iterations N] [--scenario FILE] [--json] [--report FILE]';

/** "greedy" for every side, or "coalition=search,regime=greedy,islamicState=random". */
export function parseBots(raw: string): Record<Side, BotLevel> {
  const level = (text: string): BotLevel => {
    if (!(BOT_LEVELS as readonly string[]).includes(text)) throw new UsageError(`--bots: unknown bot level "${text}"; use ${BOT_LEVELS.join(', ')}.`);
    return text as BotLevel;
  };
  if (!raw.includes('=')) {
    const l = level(raw);
    return { coalition: l, regime: l, islamicState: l };
  }
  const levels: Partial<Record<Side, BotLevel>> = {};
  for (const part of raw.split(',')) {
    const [side, value] = part.split('=').map((x) => x.trim());
    if (!side || !(SIDES as readonly string[]).includes(side) || value === undefined) {
      throw new UsageError(`--bots: "${part}" is not side=level (sides: ${SIDES.join(', ')}).`);
    }
    levels[side as Side] = level(value);
  }
  const missing = SIDES.filter((s) => !levels[s]);
  if (missing.length) throw new UsageError(`--bots: give a level for ${missing.join(', ')} too.`);
  return levels as Record<Side, BotLevel>;
}

function loadScenario(path: string | undefined): Scenario {
  if (!path) return builtinScenario();
  const compiled = compileScenario(readUserFile(path, 'document'));
  if (!compiled.ok) throw new UsageError(`${path}: ${compiled.error}`);
  return compiled.scenario;
}

/** A progress bar on a terminal; nothing when stderr is piped. */
function progress(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = -1;
  return (done) => {
    const filled = Math.floor((30 * done) / total);
    if (filled === last && done !== total) return;
    last = filled;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    seed: { type: 'string' },
    games: { type: 'string' },
    workers: { type: 'string' },
    bots: { type: 'string' },
    iterations: { type: 'string' },
    scenario: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
  });
  const seed = values.seed ?? '1';
  if (seed.length === 0 || seed.length > 200) throw new UsageError('--seed must be 1 to 200 characters.');
  const games = intFlag('games', values.games, 100, 1, 1_000_000);
  const workers = intFlag('workers', values.workers, 1, 1, 64);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const levels = parseBots(values.bots ?? 'greedy');
  if (values.report !== undefined && !values.report.trim()) throw new UsageError('--report needs a file name.');
  const scenario = loadScenario(values.scenario);
  const botOptions = iterations > 0 ? { search: { iterations } } : {};
  const bar = progress(games);
  const records = await runBatch({ scenario, seed, games, workers, levels, botOptions, onProgress: bar });
  const summary = summarizeBatch(records);
  const bots = SIDES.map((s) => `${s}=${levels[s]}`).join(',');
  const header = `${scenario.title}\n${games} games, seed "${seed}", bots ${bots}${iterations ? `, ${iterations} search iterations` : ''}`;
  if (values.report) {
    writeReport(values.report, scenario, summary, header);
    process.stderr.write(`Report written to ${values.report}\n`);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ scenario: scenario.id, seed, games, bots: levels, summary, records }, null, 1)}\n`);
  } else {
    process.stdout.write(`${formatSummary(summary, header, scenario.leaders.length)}\n`);
  }
});

