import { actionCount, hash, loadReplay, outcome, runReplay, SIDE_NAMES, SIDES } from '../rules';
import { parseFlags, run, UsageError } from './args';
import { readUserFile } from './files';

const USAGE = 'Usage: npm run replay -- FILE [--json]';

/** `npm run replay -- FILE`: plays a replay file through the rules and prints the final summary and state hash. */
await run(USAGE, () => {
  const { values, positionals } = parseFlags(process.argv.slice(2), { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Give one replay file, not several.' : 'Name the replay file to play.');
  const path = positionals[0]!;
  const replay = loadReplay(readUserFile(path, 'replay'));
  if (!replay.ok) throw new UsageError(`${path}: ${replay.error}`);
  const played = runReplay(replay.value);
  if (!played.ok) throw new UsageError(`${path}: ${played.error}`);
  const state = played.value;
  const finalHash = hash(state);
  const result = outcome(state);
  const leaders = state.leaders.map((l, i) => ({ leader: state.scenario.leaders[i]!.name, status: l.status, at: l.at }));
  const summary = {
    scenario: state.scenario.title,
    seed: state.seed,
    actions: actionCount(state),
    turn: state.turn,
    date: state.date,
    result: result.status === 'over' ? { winner: result.winner, reason: result.reason } : null,
    vp: Object.fromEntries(SIDES.map((s, i) => [s, state.vp[i]! + (s === 'islamicState' ? state.hiddenVp : 0)])),
    leaders,
    hash: finalHash,
    recordedHash: replay.value.hash,
    matches: finalHash === replay.value.hash,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const lines = [
      `${summary.scenario} — seed "${summary.seed}", ${summary.actions} actions`,
      `Ended on turn ${summary.turn} (${summary.date}): ${summary.result ? `${summary.result.winner ? SIDE_NAMES[summary.result.winner] : 'draw'} — ${summary.result.reason}` : 'still running'}`,
      `Victory points: ${SIDES.map((s) => `${SIDE_NAMES[s]} ${summary.vp[s]}`).join(', ')}`,
      `Leaders: ${leaders.map((l) => `${l.leader} ${l.status === 'atLarge' ? 'at large' : l.status}${l.at ? ` (${l.at})` : ''}`).join('; ')}`,
      `State hash: ${finalHash} (${summary.matches ? 'matches the recorded hash' : `DIFFERS from the recorded ${replay.value.hash}`})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!summary.matches) process.exitCode = 1;
});
