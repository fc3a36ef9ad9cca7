/**
 * `npm run manhunt`: a batch of bot games and every figure the manhunt issue
 * (11) measures, each with its target and "met" or "MISSED" (see
 * manhunt-figures.ts), computed from the games' records only. The same
 * arguments print the same figures, whatever --workers is.
 */
import { intFlag, parseFlags, run, seedFlag } from './args';
import { runBatch, searchBudget } from './batch';
import { SETTLE_TURN } from './continuations';
import { formatFigures, manhuntFigures, TARGETS } from './manhunt-figures';
import { progress } from './progress';
import { loadScenarioFile } from './scenario-file';
import { parseBots, seatsText } from './seats';

const USAGE =
  'Usage: npm run manhunt -- [--games N] [--seed S] [--workers W] [--bots LEVEL | --bots coalition=L,regime=L,islamicState=L] [--continuations K] [--iterations N] [--scenario FILE] [--json] (a level: random, greedy or search, optionally -no-ACTION, or the path of a bot module, e.g. ./bots/scripts/regime-road.ts)';

const MANHUNT_FORMAT = 'middle-euphrates/manhunt';
const MANHUNT_VERSION = 1;

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    games: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    bots: { type: 'string' },
    continuations: { type: 'string' },
    iterations: { type: 'string' },
    scenario: { type: 'string' },
    json: { type: 'boolean' },
  });
  const seed = seedFlag(values.seed, 'manhunt');
  const games = intFlag('games', values.games, 200, 1, 1_000_000);
  const workers = intFlag('workers', values.workers, 1, 1, 64);
  const continuations = intFlag('continuations', values.continuations, 16, 0, 1000);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const seats = parseBots(values.bots ?? 'greedy');
  const scenario = loadScenarioFile(values.scenario);
  const botOptions = searchBudget(iterations);
  const records = await runBatch({ scenario, seed, games, workers, levels: seats, botOptions, continuations, onProgress: progress(games) });
  const figures = manhuntFigures(records);
  if (values.json) {
    const out = { format: MANHUNT_FORMAT, version: MANHUNT_VERSION, scenario: scenario.id, seed, games, bots: seats, iterations, continuations, targets: TARGETS, figures, records };
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
    return;
  }
  const setting = [
    `${games} games, seed "${seed}" (game i plays "${seed}:i"), bots ${seatsText(seats)}`,
    iterations ? `${iterations} search iterations` : '',
    continuations ? `${continuations} continuations from the end of turn ${SETTLE_TURN}` : 'no continuations',
  ].filter(Boolean);
  process.stdout.write(`${scenario.title}\n${setting.join(', ')}\n\n${formatFigures(figures, scenario, continuations)}\n`);
});
