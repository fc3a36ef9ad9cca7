/**
 * `npm run compare`: two bot levels in one seat, the others fixed, over the
 * same seeds: each level's win rate with its Wilson interval, and the paired
 * difference (game by game, same seed) with its 95% interval. The strength
 * tables in docs/BALANCE.md come from this command. A level may exclude
 * actions: `--levels greedy-no-search,greedy` measures what searching is worth.
 */
import { SIDES, SIDE_NAMES, type Side } from '../rules';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { runBatch, searchBudget } from './batch';
import { parseSeat, seatName, type Seat } from './seats';
import { differenceText, pairedWins, shareText } from './stats';

const USAGE =
  'Usage: npm run compare -- --side SIDE [--levels A,B,...] [--others LEVEL] [--seed S] [--games N] [--workers W] [--iterations N] (a level: random, greedy or search, optionally -no-ACTION, e.g. greedy-no-search, or the path of a bot module, e.g. ./bots/scripts/coalition-storm.ts)';

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    side: { type: 'string' },
    levels: { type: 'string' },
    others: { type: 'string' },
    seed: { type: 'string' },
    games: { type: 'string' },
    workers: { type: 'string' },
    iterations: { type: 'string' },
  });
  const side = values.side as Side | undefined;
  if (!side || !(SIDES as readonly string[]).includes(side)) throw new UsageError(`--side must be one of ${SIDES.join(', ')}.`);
  const levels = (values.levels ?? 'random,greedy,search').split(',').map((l) => parseSeat(l, '--levels'));
  if (levels.length < 2) throw new UsageError('--levels needs at least two levels to compare, e.g. greedy,search.');
  const others = parseSeat(values.others ?? 'greedy', '--others');
  const seed = seedFlag(values.seed, 'strength');
  const games = intFlag('games', values.games, 500, 1, 1_000_000);
  const workers = intFlag('workers', values.workers, 1, 1, 64);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const scenario = builtinScenario();
  const botOptions = searchBudget(iterations);
  const wins: boolean[][] = [];
  for (const l of levels) {
    const seats = Object.fromEntries(SIDES.map((s) => [s, s === side ? l : others])) as Record<Side, Seat>;
    const records = await runBatch({ scenario, seed, games, workers, levels: seats, botOptions });
    wins.push(records.map((r) => r.winner === side));
  }
  const out = [
    `${scenario.title}`,
    `${games} games, seed "${seed}" (game i plays "${seed}:i"), ${SIDE_NAMES[side]} played by each level, the other sides ${seatName(others)}${iterations ? `, ${iterations} search iterations` : ''}`,
    '',
    `| level | ${SIDE_NAMES[side]} wins | share [95% Wilson] |`,
    '|---|---:|---|',
    ...levels.map((l, k) => {
      const n = wins[k]!.filter(Boolean).length;
      return `| ${seatName(l)} | ${n} | ${shareText(n, games)} |`;
    }),
    '',
    '| paired over the same seeds | difference, points [95%] |',
    '|---|---|',
  ];
  for (let k = 1; k < levels.length; k++) {
    out.push(`| ${seatName(levels[k]!)} − ${seatName(levels[k - 1]!)} | ${differenceText(pairedWins(wins[k]!, wins[k - 1]!))} |`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
});
