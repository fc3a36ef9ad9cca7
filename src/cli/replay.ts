import { createHash } from 'node:crypto';
import { dateOf, describe, hash, headline, leaderFate, loadReplay, margins, reason, runReplay, SIDE_NAMES, SIDES, sizeOf, toArray, type GameEvent, type GameState, type Side } from '../rules';
import { parseFlags, run, UsageError } from './args';
import { readUserFile } from './files';

const USAGE = 'Usage: npm run replay -- FILE [--json]';

/** The seed's commitment as the page computes it (src/app/dice.ts, WebCrypto): SHA-256 over UTF-8, hex. */
function commitmentOf(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest('hex');
}

type Capture = Extract<GameEvent, { type: 'leaderCaptured' }>;

/** Each leader as the final state has it; a captured one with who caught it, how and on which turn. */
function leaders(state: GameState) {
  return state.leaders.map((l, i) => {
    const name = state.rules.scenario.leaders[i]!.name;
    if (l.status === 'captured') return { id: l.id, name, status: l.status, at: l.at, by: l.by, how: l.how, turn: l.turn };
    return { id: l.id, name, status: l.status, at: l.at };
  });
}

/** The capture events of the game, by leader: the sentence for each comes from `describe`. */
function captureEvents(state: GameState): Map<string, Capture> {
  const out = new Map<string, Capture>();
  for (const chapter of toArray(state.chronicle)) for (const e of chapter.events) if (e.type === 'leaderCaptured') out.set(e.leader, e);
  return out;
}

/**
 * `npm run replay -- FILE`: plays a replay file through the rules and prints
 * the final summary and state hash. Only the current format is read: files of
 * earlier rules are refused by `loadReplay`, with its sentence.
 */
await run(USAGE, () => {
  const { values, positionals } = parseFlags(process.argv.slice(2), { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'Give one replay file, not several.' : 'Name the replay file to play.');
  const path = positionals[0]!;
  const replay = loadReplay(readUserFile(path, 'replay'));
  if (!replay.ok) throw new UsageError(`${path}: ${replay.error}`);
  const played = runReplay(replay.value);
  if (!played.ok) throw new UsageError(`${path}: ${played.error}`);
  const state = played.value;
  const { rules } = state;
  const finalHash = hash(state);
  const result = state.result;
  const margin = margins(state);
  const summary = {
    scenario: rules.scenario.title,
    seed: state.seed,
    actions: sizeOf(state.actions),
    turn: state.turn,
    date: dateOf(state),
    result: result ? { winner: result.winner, reason: result.reason, headline: headline(result), why: reason(result, rules) } : null,
    margins: Object.fromEntries(SIDES.map((s, k) => [s, margin[k]!])) as Record<Side, number>,
    leaders: leaders(state),
    hash: finalHash,
    recordedHash: replay.value.hash,
    matches: finalHash === replay.value.hash,
    // The SHA-256 of the seed the players were shown before the first die; null when a player chose the seed (the dice were known).
    commitment: replay.value.commitment ?? null,
    commitmentMatches: replay.value.commitment === undefined ? null : commitmentOf(state.seed) === replay.value.commitment,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const captures = captureEvents(state);
    const leaderLines = state.leaders.map((l) => {
      const event = captures.get(l.id);
      if (l.status === 'captured' && event) return `  Turn ${l.turn}: ${describe(event, l.by, rules)}`;
      return `  ${rules.scenario.leaders[rules.leaderIndex.get(l.id)!]!.name}: ${leaderFate(l, state)}`;
    });
    const lines = [
      `${summary.scenario} — seed "${summary.seed}", ${summary.actions} actions`,
      `Ended on turn ${summary.turn} (${summary.date}): ${result ? `${headline(result)}: ${reason(result, rules)}` : 'still running'}`,
      `Victory margins: ${SIDES.map((s) => `${SIDE_NAMES[s]} ${summary.margins[s]}`).join(', ')}`,
      'Leaders:',
      ...leaderLines,
      `State hash: ${finalHash} (${summary.matches ? 'matches the recorded hash' : `DIFFERS from the recorded ${replay.value.hash}`})`,
      summary.commitment === null
        ? 'Seed commitment: none recorded (a player chose the seed, so the dice were known)'
        : `Seed commitment: ${summary.commitment} (${summary.commitmentMatches ? 'the seed\'s SHA-256 matches it' : `DIFFERS: the seed's SHA-256 is ${commitmentOf(state.seed)}`})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!summary.matches) {
    // The game shown is the one the actions make; the file said it was another: it was changed or damaged.
    process.stderr.write(`${path}: the recorded hash differs: its actions make the game ${finalHash}, not the ${replay.value.hash} it recorded; the file was changed or damaged.\n`);
  }
  if (!summary.matches || summary.commitmentMatches === false) process.exitCode = 1;
});
