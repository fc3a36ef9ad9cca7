/**
 * `npm run belief`: how well a hunter's belief places Islamic State's hidden
 * leaders. Plays whole games with the given bots; at the start of every
 * Coalition operations phase, for each leader hidden from the Coalition,
 * takes the region each belief rates likeliest and checks it against where
 * the leader truly is ("top region right"), and the probability the belief
 * gives the true region. Two beliefs, over the same leaders: the rules'
 * Resampler (the trail's filter, what greedy hunts by) and the search bot's
 * LeaderFilter (src/ai/belief.ts, with the flight model given).
 */
import { createBot, playGame, type Bot } from '../ai';
import { FLIGHT_MODEL, LeaderFilter, type FlightModel } from '../ai/belief';
import { apply, buildRules, newGame, observe, Resampler, SIDES, toArray, type LeaderBelief, type Side } from '../rules';
import { builtinScenario } from '../scenario/builtin-file';
import { intFlag, parseFlags, run, seedFlag, UsageError } from './args';
import { isModuleSeat, parseBots, seatName, type LevelSeat } from './seats';
import { shareText } from './stats';

const USAGE = 'Usage: npm run belief -- [--games N] [--seed S] [--bots LEVEL | --bots coalition=L,regime=L,islamicState=L] [--beta B] [--mix M]';

interface Tally {
  right: number;
  prob: number;
}

const numberFlag = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const x = Number(raw);
  if (!Number.isFinite(x) || x < 0) throw new UsageError(`--${name} must be a number ≥ 0, not "${raw}".`);
  return x;
};

function top(b: LeaderBelief): number {
  let best = -1;
  let p = -1;
  b.probs.forEach((q, k) => {
    if (q > p) [best, p] = [b.regions[k]!, q];
  });
  return best;
}

const probOf = (b: LeaderBelief, r: number) => b.probs[b.regions.indexOf(r)] ?? 0;

await run(USAGE, async () => {
  const { values } = parseFlags(process.argv.slice(2), { games: { type: 'string' }, seed: { type: 'string' }, bots: { type: 'string' }, beta: { type: 'string' }, mix: { type: 'string' } });
  const games = intFlag('games', values.games, 100, 1, 100_000);
  const seed = seedFlag(values.seed, 'belief');
  const model: FlightModel = { beta: numberFlag('beta', values.beta, FLIGHT_MODEL.beta), mix: Math.min(1, numberFlag('mix', values.mix, FLIGHT_MODEL.mix)) };
  const seats = parseBots(values.bots ?? 'greedy');
  for (const side of SIDES) if (isModuleSeat(seats[side])) throw new UsageError('--bots takes built-in levels here, not modules.');
  const rules = buildRules(builtinScenario());
  const rulesTally: Tally = { right: 0, prob: 0 };
  const filterTally: Tally = { right: 0, prob: 0 };
  let cases = 0;
  for (let g = 0; g < games; g++) {
    const gameSeed = `${seed}:${g}`;
    const bots = Object.fromEntries(
      SIDES.map((s) => {
        const seat = seats[s] as LevelSeat;
        return [s, createBot(seat.level, s, gameSeed, { exclude: seat.exclude })];
      }),
    ) as Record<Side, Bot>;
    const { state: end } = playGame(rules, gameSeed, bots);
    let state = newGame(rules, gameSeed);
    let opening = true;
    for (const action of toArray(end.actions)) {
      if (opening && state.phase === 'operations' && state.active === 'coalition') {
        const obs = observe(state, 'coalition');
        const resampler = new Resampler(obs);
        const filter = new LeaderFilter(obs, resampler, model);
        const plain = resampler.beliefs();
        const ours = filter.beliefs();
        plain.forEach((b, k) => {
          if (obs.leaders[b.leader]!.status !== 'hidden') return;
          const truth = state.leaders[b.leader]!;
          if (truth.status !== 'atLarge') return;
          const r = rules.index.get(truth.at)!;
          cases++;
          if (top(b) === r) rulesTally.right++;
          rulesTally.prob += probOf(b, r);
          const o = ours[k]!;
          if (top(o) === r) filterTally.right++;
          filterTally.prob += probOf(o, r);
        });
      }
      opening = action.type === 'endPhase';
      const next = apply(state, action);
      if (!next.ok) throw new Error(`game ${gameSeed} did not replay: ${next.error.message}`);
      state = next.state;
    }
  }
  const seatText = SIDES.map((s) => `${s}=${seatName(seats[s])}`).join(',');
  process.stdout.write(`${games} games (seeds ${seed}:0..${games - 1}, ${seatText}); ${cases} hidden leaders at the start of a Coalition phase\n`);
  const row = (label: string, t: Tally) => process.stdout.write(`${label.padEnd(52)} top region right ${shareText(t.right, cases)}   mean p(true region) ${(t.prob / Math.max(1, cases)).toFixed(3)}\n`);
  row('rules (Resampler.beliefs: the trail\'s filter)', rulesTally);
  row(`search's LeaderFilter (beta ${model.beta}, mix ${model.mix})`, filterTally);
});
