/**
 * `npm run stalls`: why games stall. Plays a batch in this thread (game i
 * plays seed `${seed}:i` with the same bots as `npm run manhunt`, so the same
 * games) and reads the board at the end of every turn of each quiet run
 * (stall-anatomy.ts): what each hunter had in reach, how much of its army
 * stood with nothing to do, how Islamic State stood, who led the margins as
 * the run began and whether a leader was caught during it.
 */
import { apply, newGame, observe, SIDES, buildRules, type Side } from '../rules';
import type { Bot } from '../ai';
import { intFlag, parseFlags, run, seedFlag } from './args';
import { searchBudget } from './batch';
import { loadSeats, seatBot } from './bot-modules';
import { courseOf } from './chronicle';
import { loadScenarioFile } from './scenario-file';
import { formatAnatomy, readTurn, stallAnatomy, type TurnReading } from './stall-anatomy';
import { parseBots, seatsText } from './seats';

const USAGE = 'Usage: npm run stalls -- [--games N] [--seed S] [--bots LEVEL | --bots coalition=L,regime=L,islamicState=L] [--iterations N] [--scenario FILE]';

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    games: { type: 'string' },
    seed: { type: 'string' },
    bots: { type: 'string' },
    iterations: { type: 'string' },
    scenario: { type: 'string' },
  });
  const seed = seedFlag(values.seed, 'manhunt');
  const games = intFlag('games', values.games, 200, 1, 1_000_000);
  const iterations = intFlag('iterations', values.iterations, 0, 0, 1_000_000);
  const seats = parseBots(values.bots ?? 'greedy');
  const botOptions = searchBudget(iterations);
  await loadSeats(seats, botOptions);
  const scenario = loadScenarioFile(values.scenario);
  const rules = buildRules(scenario);
  const played: { readings: TurnReading[]; taken: number[]; captureTurns: number[] }[] = [];
  for (let i = 0; i < games; i++) {
    const gameSeed = `${seed}:${i}`;
    const bots = Object.fromEntries(SIDES.map((side) => [side, seatBot(seats[side], side, gameSeed, botOptions)])) as Record<Side, Bot>;
    let state = newGame(rules, gameSeed);
    const readings: TurnReading[] = [];
    for (let count = 0; state.phase !== 'over'; count++) {
      if (count > 20_000) throw new Error(`Game ${gameSeed} ran past 20000 actions.`);
      const side = state.active;
      const action = bots[side].choose(observe(state, side));
      const r = apply(state, action);
      if (!r.ok) throw new Error(`The ${side} bot chose an illegal action ${JSON.stringify(action)}: ${r.error.message}`);
      state = r.state;
      // The board as the turn ended (read after the next turn's opening events, which move no units but a regroup).
      for (const e of r.events) if (e.type === 'turnEnded') readings.push({ ...readTurn(state), turn: e.turn });
    }
    const course = courseOf(state);
    played.push({ readings, taken: course.taken, captureTurns: course.captures.map((c) => c.turn) });
    await new Promise((done) => setImmediate(done));
  }
  process.stdout.write(`${scenario.title}\n${games} games, seed "${seed}" (game i plays "${seed}:i"), bots ${seatsText(seats)}\n\n${formatAnatomy(stallAnatomy(played))}\n`);
});
