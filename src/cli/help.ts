/**
 * What `--help` (or `-h`) prints after a command's one-line usage: each flag,
 * what it does and its default. The usage line alone ends an error message;
 * this longer text is for a person asking.
 */
const LEVEL = 'a level is random, greedy or search, optionally -no-ACTION (greedy-no-search), or the path of a bot module (./bots/scripts/coalition-storm.ts)';
const SEED = (d: string) => `  --seed S              batch seed; game i plays seed S:i (default "${d}")`;
const GAMES = (d: string) => `  --games N             games to play (default ${d})`;
const WORKERS = '  --workers W           worker threads; the output is the same whatever W (default 1)';
const ITERATIONS = '  --iterations N        the search bot\'s budget a decision (default 300)';

export const HELP: Record<string, string> = {
  sim: [
    'Plays a batch of bot games on a scenario and prints who won, how, and the leaders\' fates.',
    SEED('1'),
    GAMES('100'),
    WORKERS,
    `  --bots L              the same bot in every seat, or coalition=L,regime=L,islamicState=L; ${LEVEL} (default greedy)`,
    ITERATIONS,
    '  --scenario FILE       a news document to compile, or a scenario JSON (npm run scenario -- DOC --json) (default: the built-in scenario)',
    '  --json                every game\'s record as JSON on stdout instead of the summary',
    '  --report FILE         also an HTML report with charts',
    '  --records FILE        also every record as NDJSON (.ndjson) or its scalar fields as CSV (.csv)',
    '  --progress            a line on stderr per finished game',
  ].join('\n'),
  manhunt: [
    'Plays a batch and prints every figure of the manhunt issue beside its target.',
    GAMES('200'),
    SEED('manhunt'),
    WORKERS,
    `  --bots L              as for sim; ${LEVEL} (default greedy)`,
    '  --continuations K     continuations with fresh dice from the end of turn 10, for the "not settled early" figure; 0 skips it (default 16)',
    ITERATIONS,
    '  --scenario FILE       a news document to compile, or a scenario JSON (npm run scenario -- DOC --json) (default: the built-in scenario)',
    '  --json                the figures and records as JSON',
  ].join('\n'),
  stalls: [
    'Plays a batch and reads the board on every turn of each run of 5+ turns without a region changing hands: what each hunter had in reach, and how Islamic State stood.',
    GAMES('200'),
    SEED('manhunt'),
    `  --bots L              as for sim; ${LEVEL} (default greedy)`,
    ITERATIONS,
    '  --scenario FILE       a news document to compile, or a scenario JSON (npm run scenario -- DOC --json) (default: the built-in scenario)',
  ].join('\n'),
  compare: [
    'Plays bot levels in one seat against fixed others over the same seeds: win rates with Wilson intervals and paired differences.',
    '  --side SIDE           coalition, regime or islamicState (required)',
    `  --levels A,B,...      the levels to compare in that seat; ${LEVEL} (default random,greedy,search)`,
    '  --others LEVEL        the bot in the other seats (default greedy)',
    SEED('strength'),
    GAMES('500'),
    WORKERS,
    ITERATIONS,
  ].join('\n'),
  gauntlet: [
    'Plays every scripted strategy in its side\'s seat against a bot in that seat, paired over the same seeds.',
    '  --scripts DIR         where the scripts are: DIR/coalition-*.ts, DIR/regime-*.ts, DIR/islamic-state-*.ts (default bots/scripts)',
    '  --side SIDE           only that side\'s scripts (default: all three sides)',
    '  --against BOT         the bot each script is measured against (default search)',
    '  --others BOT          the bot in the other seats (default greedy)',
    SEED('gauntlet'),
    GAMES('300'),
    WORKERS,
    ITERATIONS,
  ].join('\n'),
  replay: ['Replays a replay or save file, checks the recorded hash (and the seed\'s commitment), and prints the result.', '  FILE                  the replay or save file', '  --json                the result as JSON'].join('\n'),
  scenario: ['Compiles a news document into a scenario and prints what it read, each fact with its quote.', '  FILE                  the document (plain text, UTF-8)', '  --json                the scenario as JSON (loads back with --scenario and in the menu)'].join('\n'),
  bench: ['Prints the engine\'s and the bots\' speed: calls per second, wall and CPU time.', GAMES('6000 (200 with --quick)').replace('games to play', 'games in the batch benchmark'), '  --quick               shorter runs', '  --search              the search figures and decision times only'].join('\n'),
  soak: ['Plays random legal games, checking the rules\' invariants at every step; writes each failure to a file.', SEED('soak').replace('batch seed; game i plays seed S:i', 'seed'), GAMES('10000'), '  --out DIR             where failures go (default test-results/soak)'].join('\n'),
  fuzz: [
    'Mutates real saves and replays; each mutant must be refused in one line or play to its end and save back.',
    SEED('fuzz').replace('batch seed; game i plays seed S:i', 'seed of the mutations'),
    '  --mutants N           mutants to try (default 10000)',
    '  --first I             index of the first mutant, to rerun a range (default 0)',
    '  --workers W           worker threads (default: the machine\'s cores)',
    '  --timeout SECONDS     a mutant taking longer counts as a hang (default 60)',
    '  --out DIR             where failing mutants go (default test-results/fuzz)',
  ].join('\n'),
  'attack-documents': ['Compiles documents built to make the compiler slow and prints each one\'s wall and CPU time (budget 1 s each).', '  --only NAME           one document', '  --write DIR           also save the documents as files'].join('\n'),
  'fit-outlook': [
    'Plays greedy games and fits the search bot\'s evaluation (one logistic model a side) to who won.',
    GAMES('2000'),
    SEED('outlook').replace('batch seed; game i plays seed S:i', 'seed of the games'),
    '  --lambda L            L2 regularization (default 1)',
    '  --write               write the weights to src/ai/outlook-weights.ts (default: print only)',
  ].join('\n'),
  belief: [
    'Plays games and scores two hunter beliefs (the rules\' Resampler, the search bot\'s LeaderFilter) on where the hidden leaders truly are, at the start of every Coalition phase.',
    GAMES('100'),
    SEED('belief'),
    `  --bots L              the same level in every seat, or coalition=L,regime=L,islamicState=L; built-in levels only (default greedy)`,
    '  --beta B              the flight model\'s sharpness (default: FLIGHT_MODEL in src/ai/belief.ts)',
    '  --mix M               the flight model\'s share of random steps, 0 to 1 (default: FLIGHT_MODEL)',
  ].join('\n'),
  schemas: ['Writes the JSON Schemas of scenarios, replays and save files to docs/schema.', '  --check               only compare; exit 1 when a file is stale or missing'].join('\n'),
};
