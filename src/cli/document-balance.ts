/**
 * `npm run document-balance -- [--games N] [--seed S] FILE...`: for each news
 * document (or scenario JSON), the compiled map's size, how much of it the
 * document names, and who wins a batch of greedy games on it. This is how
 * docs/SCENARIO.md measures what the map rules do to play on documents other
 * than the seed: a map on which a hunter cannot get at its objective shows up
 * as a side that never wins.
 */
import { SIDES, SIDE_NAMES } from '../rules';
import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { runBatch } from './batch';
import { loadScenarioFile } from './scenario-file';
import { parseBots } from './seats';
import { shareText } from './stats';
import { summarizeBatch } from './summary';

const USAGE = 'Usage: npm run document-balance -- [--games N] [--seed S] FILE... (news documents or scenario JSON files)';

await run(USAGE, async () => {
  const { values, positionals } = parseFlags(process.argv.slice(2), { games: { type: 'string' }, seed: { type: 'string' } }, true);
  const games = intFlag('games', values.games, 100, 1, 100_000);
  const seed = seedFlag(values.seed, '1');
  if (positionals.length === 0) throw new UsageError('name at least one document.');
  // Every file is read before the first batch: a bad one must not cost the batches before it.
  const scenarios = positionals.map((path) => ({ path, scenario: loadScenarioFile(path) }));
  const levels = parseBots('greedy');
  process.stdout.write(`Greedy bots in every seat, ${games} games each, seed "${seed}"\n`);
  process.stdout.write(`${['document', 'regions', 'named', ...SIDES.map((s) => SIDE_NAMES[s]), 'draws'].join(' | ')}\n`);
  for (const { path, scenario } of scenarios) {
    const records = await runBatch({ scenario, seed, games, workers: 1, levels, botOptions: {} });
    const s = summarizeBatch(records);
    const named = scenario.regions.filter((r) => r.origin === 'document').length;
    const name = path.split('/').pop() ?? path;
    const cells = [name, String(scenario.regions.length), String(named), ...SIDES.map((side) => shareText(s.wins[side], s.games)), String(s.wins.draw)];
    process.stdout.write(`${cells.join(' | ')}\n`);
  }
});
