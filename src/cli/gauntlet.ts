/**
 * `npm run gauntlet`: every scripted strategy in a folder (bots/scripts by
 * default, docs/BOTS.md) against the search bot in the same seat, the other
 * two seats fixed (greedy unless --others says), over the same seeds: each
 * script's wins and the search bot's with Wilson intervals, and the paired
 * difference script − search with its 95% interval. The search bot plays a
 * side's seeds once, and every script of that side is paired with those
 * games. A script plays the side its file name starts with.
 */
import { SIDES, SIDE_NAMES, type Side } from '../rules';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { runBatch, searchBudget } from './batch';
import { progress } from './progress';
import { scriptsIn } from './scripts';
import { botName, parseSeat, seatName, type Seat } from './seats';
import { differenceText, pairedWins, shareText } from './stats';

const USAGE =
  'Usage: npm run gauntlet -- [--scripts DIR] [--side SIDE] [--against BOT] [--others BOT] [--seed S] [--games N] [--workers W] [--iterations N] (scripts: DIR/coalition-*.ts, DIR/regime-*.ts, DIR/islamic-state-*.ts; BOT: a level such as search or greedy-no-search, or the path of a bot module)';

/** How far above zero a script's interval may reach before the issue counts it as beating the bot (issue 12: +3 points). */
const BEATS_ABOVE = 0.03;

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    scripts: { type: 'string' },
    side: { type: 'string' },
    against: { type: 'string' },
    others: { type: 'string' },
    seed: { type: 'string' },
    games: { type: 'string' },
    workers: { type: 'string' },
    iterations: { type: 'string' },
  });
  if (values.side !== undefined && !(SIDES as readonly string[]).includes(values.side)) throw new UsageError(`--side must be one of ${SIDES.join(', ')}.`);
  const dir = values.scripts ?? 'bots/scripts';
  const scripts = scriptsIn(dir).filter((s) => values.side === undefined || s.side === values.side);
  if (scripts.length === 0) throw new UsageError(`--scripts: no scripts ${values.side ? `for ${values.side} ` : ''}in ${dir}.`);
  const against = parseSeat(values.against ?? 'search', '--against');
  const others = parseSeat(values.others ?? 'greedy', '--others');
  const seed = seedFlag(values.seed, 'gauntlet');
  const games = intFlag('games', values.games, 300, 1, 1_000_000);
  const workers = intFlag('workers', values.workers, 1, 1, 64);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const scenario = builtinScenario();
  const botOptions = searchBudget(iterations);
  const sides = SIDES.filter((s) => scripts.some((x) => x.side === s));
  const total = games * (sides.length + scripts.length);
  const tick = progress(total);
  let done = 0;
  const wins = async (side: Side, seat: Seat): Promise<boolean[]> => {
    const levels = Object.fromEntries(SIDES.map((s) => [s, s === side ? seat : others])) as Record<Side, Seat>;
    const records = await runBatch({ scenario, seed, games, workers, levels, botOptions, onProgress: (k) => tick?.(done + k) });
    done += games;
    return records.map((r) => r.winner === side);
  };
  const name = seatName(against);
  const out = [
    scenario.title,
    `${games} games a script, seed "${seed}" (game i plays "${seed}:i"), each script in its side's seat against ${name} in that seat, the other sides ${seatName(others)}${iterations ? `, ${iterations} search iterations` : ''}`,
  ];
  const beaten: string[] = [];
  for (const side of sides) {
    const base = await wins(side, against);
    const baseWins = base.filter(Boolean).length;
    out.push(
      '',
      `${SIDE_NAMES[side]}: ${name} wins ${baseWins} of ${games}, ${shareText(baseWins, games)}`,
      '',
      `| script | games | script wins [95% Wilson] | ${name} wins [95% Wilson] | script − ${name}, points [95%] |`,
      '|---|---:|---|---|---|',
    );
    for (const script of scripts.filter((s) => s.side === side)) {
      const mine = await wins(side, script.seat);
      const n = mine.filter(Boolean).length;
      const d = pairedWins(mine, base);
      if (d.high > BEATS_ABOVE) beaten.push(botName(script.seat));
      out.push(`| ${botName(script.seat)} | ${games} | ${shareText(n, games)} | ${shareText(baseWins, games)} | ${differenceText(d)} |`);
    }
  }
  out.push('', `Scripts that may beat ${name} (interval's upper end above ${(100 * BEATS_ABOVE).toFixed(0)} points): ${beaten.length ? beaten.join(', ') : 'none'}`);
  process.stdout.write(`${out.join('\n')}\n`);
});
