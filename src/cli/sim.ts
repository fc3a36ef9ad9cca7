import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { runBatch, searchBudget } from './batch';
import { checkWritable } from './files';
import { BATCH_FORMAT, BATCH_VERSION } from './game-record';
import { progress } from './progress';
import { recordFormat, writeRecords } from './record-export';
import { loadScenarioFile } from './scenario-file';
import { writeReport } from './report';
import { parseBots, seatsText } from './seats';
import { formatSummary, summarizeBatch } from './summary';

const USAGE =
  'Usage: npm run sim -- [--seed S] [--games N] [--workers W] [--bots LEVEL | --bots coalition=L,regime=L,islamicState=L] [--iterations N] [--scenario FILE] [--json] [--report FILE] [--records FILE.ndjson|FILE.csv] [--progress] (a level: random, greedy or search, optionally -no-ACTION, e.g. greedy-no-search, or the path of a bot module, e.g. ./bots/scripts/coalition-storm.ts)';

/** `npm run sim`: a batch of bot games; a summary, or with --json every game's record (game-record.ts). */
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
    records: { type: 'string' },
    progress: { type: 'boolean' },
  });
  const seed = seedFlag(values.seed, '1');
  const games = intFlag('games', values.games, 100, 1, 1_000_000);
  const workers = intFlag('workers', values.workers, 1, 1, 64);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const seats = parseBots(values.bots ?? 'greedy');
  if (values.report !== undefined && !values.report.trim()) throw new UsageError('--report needs a file name.');
  // Checked before the batch: a bad path must not cost a whole batch's time.
  if (values.report) checkWritable(values.report, 'report');
  const recordsAs = values.records === undefined ? null : recordFormat(values.records);
  if (values.records !== undefined) checkWritable(values.records, 'records');
  const scenario = loadScenarioFile(values.scenario);
  const botOptions = searchBudget(iterations);
  // Ctrl+C stops the batch and keeps what it played: the games finished so far are summarized as usual.
  const stop = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nStopping: no new game starts; the games finished so far follow.\n');
    stop.abort();
  });
  const records = await runBatch({ scenario, seed, games, workers, levels: seats, botOptions, onProgress: progress(games, values.progress === true), signal: stop.signal });
  if (stop.signal.aborted) {
    process.exitCode = 130;
    if (records.length === 0) {
      process.stderr.write('Interrupted before any game finished.\n');
      return;
    }
  }
  const summary = summarizeBatch(records);
  const bots = seatsText(seats);
  const played = records.length < games ? `${records.length} of ${games} games (interrupted)` : `${games} games`;
  const header = `${scenario.title}\n${played}, seed "${seed}", bots ${bots}${iterations ? `, ${iterations} search iterations` : ''}`;
  if (values.report) {
    writeReport(values.report, scenario, summary, records, header);
    process.stderr.write(`Report written to ${values.report}\n`);
  }
  if (values.records !== undefined && recordsAs) {
    writeRecords(values.records, records, recordsAs);
    process.stderr.write(`${records.length} records written to ${values.records}\n`);
  }
  if (values.json) {
    const out = { format: BATCH_FORMAT, version: BATCH_VERSION, scenario: scenario.id, seed, games: records.length, interrupted: stop.signal.aborted, bots: seats, iterations, summary, records };
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  } else {
    process.stdout.write(`${formatSummary(summary, header, scenario.leaders.length)}\n`);
  }
});
