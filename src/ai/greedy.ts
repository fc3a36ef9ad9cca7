import { NUMBERS, Resampler, combatOdds, dangerOf, distanceBetween, legalActions, raidNeeded, searchNeeded, type Action, type ActionType, type Observation, type Position, type Side } from '../rules';
import type { Bot } from './bot';
import { LeaderFilter } from './belief';
import { densityOf, leaderDensity } from './density';
import { attackValue, features, type Features, type Scratch } from './features';
import type { BotRng } from './rng';
import { buildTables, tablesFor, type Tables } from './tables';

export interface GreedyOptions {
  /**
   * How near the best score an action must come to be picked: the bot takes
   * one of the near-best at random, with its own generator, so games from
   * different seeds play differently. 0 takes the first best and draws
   * nothing (a search's playouts). Defaults to NEAR_BEST.
   */
  noise?: number;
  /** The map's tables; built afresh when not given. */
  tables?: Tables;
  /**
   * Expected leader value per region as the side believes it. Left out, a
   * Coalition or Regime choice reads it off the observation with the rules'
   * Resampler; a search's playouts pass the one worked out at its root.
   */
  density?: Float64Array | null;
  /**
   * Aim the search action by the hunter's leader filter (src/ai/belief.ts)
   * rather than by `density` (FILTER_AIMS_SEARCH). The filter, the dearest
   * part of a greedy decision, is worked out only when a search is among the
   * legal choices.
   */
  aimSearchByFilter?: boolean;
  /** Actions this bot never takes (a handicap for experiments: e.g. ['search']). */
  exclude?: readonly ActionType[];
  /** Buffers the bot keeps for its feature vectors (src/ai/features.ts); fresh ones when not given. */
  scratch?: Scratch;
  /** The search's reading of the front (FeatureOptions.front in src/ai/features.ts); greedy plays without it. */
  front?: boolean;
  /** What the flight plan takes off a leader staying put, per other leader at large staying there too (BotOptions.apart; 0 unless told). */
  apart?: number;
}

/** The legal actions a bot may choose among: all of them, less the types it was told to leave alone. */
export function allowed(legal: Action[], exclude: readonly ActionType[] | undefined): Action[] {
  return exclude && exclude.length ? legal.filter((a) => !exclude.includes(a.type)) : legal;
}

/**
 * The greedy heuristic: score every legal action with the side's rule of
 * thumb and take the best, or end the phase when nothing scores above zero.
 * The Coalition hunts leaders and closes the noose, Islamic State runs its
 * leaders to the redoubts and digs in, the Regime races for its objective.
 */
export function greedyChoice(obs: Observation, side: Side, rng: BotRng, options: GreedyOptions = {}): Action {
  const legal = allowed(legalActions(obs, side), options.exclude);
  if (legal.length <= 1) return legal[0] ?? { type: 'endPhase', side };
  const noise = options.noise ?? NEAR_BEST;
  if (obs.phase === 'leaders') return leaderMove(obs, legal, rng, noise, options.scratch ?? null, options.apart ?? 0);
  // One Resampler serves the rules' belief and, when asked for, the filter's fallback.
  let resampler: Resampler | null = null;
  const density = side === 'islamicState' ? null : options.density === undefined ? leaderDensity(obs, (resampler = new Resampler(obs))) : options.density;
  const f = features(obs, side, density, options.tables ?? buildTables(obs.rules), options.scratch ?? null, { front: options.front === true });
  const byFilter = options.aimSearchByFilter === true && side !== 'islamicState';
  // A search is scored by the filter, every other action by the rules' belief. Plain loops, no closure:
  // this runs at every step of every playout, and the CLI's tsx names each closure it creates.
  let aimed: Float64Array | null = null;
  const scores = noise <= 0 ? null : new Array<number>(legal.length);
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < legal.length; k++) {
    const a = legal[k]!;
    const byAim = byFilter && a.type === 'search';
    if (byAim) aimed ??= densityOf(obs.rules, new LeaderFilter(obs, resampler ?? new Resampler(obs)).beliefs());
    const sk = scoreAction(obs, f, a, byAim ? aimed : density);
    if (scores) scores[k] = sk;
    else if (sk > bestScore) {
      // nearBest with no noise, in one pass: the first best scoring above zero.
      best = k;
      bestScore = sk;
    }
  }
  if (!scores) return best < 0 ? { type: 'endPhase', side } : legal[best]!;
  const k = nearBest(scores, 0, rng, noise);
  return k < 0 ? { type: 'endPhase', side } : legal[k]!;
}

/**
 * How close to the best a score must come to count as an equal choice. Scores
 * are in worth units (a region's worth runs 1 to 14): a quarter point is a
 * difference the heuristic cannot tell, such as reinforcing one of two bases
 * with the same pull, or reinforcing against moving the same men forward.
 */
export const NEAR_BEST = 0.25;

/**
 * The index of a choice scoring above `floor` and within `noise` of the best
 * score, picked uniformly with `rng`; -1 when none scores above `floor`. With
 * noise 0 the first best, with no draw.
 */
export function nearBest(scores: readonly number[], floor: number, rng: BotRng, noise: number): number {
  let best = -1;
  for (let k = 0; k < scores.length; k++) if (scores[k]! > floor && (best < 0 || scores[k]! > scores[best]!)) best = k;
  if (best < 0 || noise <= 0) return best;
  const near: number[] = [];
  for (let k = 0; k < scores.length; k++) if (scores[k]! > floor && scores[k]! >= scores[best]! - noise) near.push(k);
  return near.length === 1 ? near[0]! : near[rng.int(near.length)]!;
}

/** The greedy bot (src/ai/levels/greedy.ts makes it): `greedyChoice` on each observation, with the map's tables kept from one decision to the next. */
export class GreedyBot implements Bot {
  readonly level = 'greedy' as const;
  private tables: Tables | null = null;

  constructor(
    readonly side: Side,
    private readonly rng: BotRng,
    private readonly exclude: readonly ActionType[] = [],
    private readonly apart = 0,
  ) {}

  choose(observation: Observation): Action {
    this.tables = tablesFor(observation.rules, this.tables);
    return greedyChoice(observation, this.side, this.rng, { tables: this.tables, exclude: this.exclude, aimSearchByFilter: FILTER_AIMS_SEARCH[this.side], apart: this.apart });
  }
}

/**
 * Which greedy hunters aim their search action by the leader filter
 * (src/ai/belief.ts), which reads the empty searches and quiet reports as
 * evidence; every other score reads the rules' belief. The Coalition does, as
 * the search bot's does (DEFAULT_BELIEF in search.ts): aimed by the rules'
 * belief its searches found too little for the search action to pay at all (a
 * greedy Coalition without it won as often, +2.8 [-2.0, +7.6] points), aimed
 * by the filter the action pays (BALANCE.md, Information pays). Reading the
 * filter for every score instead moved the whole Coalition and left Islamic
 * State below a quarter of the greedy games.
 */
const FILTER_AIMS_SEARCH: Readonly<Record<Side, boolean>> = { coalition: true, regime: false, islamicState: false };

/** Heuristic value of one operations action for the acting side; endPhase is 0. */
export function scoreAction(g: Position, f: Features, a: Action, density: Float64Array | null): number {
  const { index, adjacent, isBase } = f.rules;
  switch (a.type) {
    case 'endPhase':
    case 'moveLeader':
      return 0;
    case 'watch':
      return density ? watchValue(g, f, index.get(a.region)!, density) : 0;
    case 'raid': {
      const r = index.get(a.region)!;
      const chance = Math.min(1, Math.max(0, (7 - raidNeeded(g, r, f.side)) / 6));
      return chance * foundValue(g, r, f.side) * CAPTURE - 0.2;
    }
    case 'deconflict':
      // An AP is lost per escalationPerApLost points: calls pay most just above a threshold.
      return g.escalation % NUMBERS.escalationPerApLost === 0 ? 2.2 : g.escalation >= 2 ? 0.5 : -0.2;
    case 'attack': {
      const from = index.get(a.from)!;
      const to = index.get(a.to)!;
      // A won attack moves every survivor in: the origin is left empty.
      const o = combatOdds(g, f.side, from, to);
      const exposed = f.threat[from]! - (o?.defendStrength ?? 0) > 0 ? 0.4 * f.worth[from]! + (isBase[f.s]![from] ? 3 : 0.5) : 0;
      return attackValue(f, to, o) - (o?.takeChance ?? 0) * exposed - 0.6;
    }
    case 'airStrike': {
      const t = index.get(a.target)!;
      const region = g.regions[t]!;
      let v = region.units[2] > 0 ? ((7 - NUMBERS.airHit) / 6) * 0.8 : 0;
      if (region.suppressedBy !== f.side && region.units[2] > 0) {
        let bestGain = 0;
        for (const n of adjacent[t]!) {
          if (g.regions[n]!.units[f.s] < 1) continue;
          const o = combatOdds(g, f.side, n, t);
          if (o) bestGain = Math.max(bestGain, 0.25 * (f.worth[t]! + 1) * Math.min(1, o.attackStrength / Math.max(1, o.defendStrength)));
        }
        v += ((7 - NUMBERS.airSuppress) / 6) * bestGain;
      }
      return v - 0.45;
    }
    case 'search': {
      if (!density) return 0;
      const r = index.get(a.region)!;
      const own = g.regions[r]!.units[f.s] > 0;
      const hit = Math.min(1, Math.max(0, (7 - searchNeeded(g, f.side, r)) / 6));
      // Only hidden leaders are worth finding. A find with units on the spot is a capture; one in
      // reach is a step to a raid; a far one still tracks the leader through its next move.
      const hidden = Math.max(0, density[r]! - f.revealed[r]!);
      return hidden * hit * CAPTURE * (own ? 1 : inReach(g, f.s, r) ? 0.5 : 0.2) - 0.3;
    }
    case 'fortify': {
      const r = index.get(a.region)!;
      const danger = f.threat[r]! - g.regions[r]!.units[f.s];
      return (danger > 0 ? 0.12 : 0.03) * f.worth[r]! - (f.side === 'islamicState' ? 0.1 : 0.5);
    }
    case 'reinforce': {
      const r = index.get(a.region)!;
      if (f.side === 'islamicState') return 0.25 * f.worth[r]! * (f.threat[r]! > 0 ? 1.5 : 0.6);
      // Read for the front, a man raised where no road leads to a target is a man lost: keep him in the pool.
      if (f.front && f.pull[r]! === 0) return -0.1;
      return 1 + 2 * f.pull[r]!;
    }
    case 'move':
      return moveValue(g, f, index.get(a.from)!, index.get(a.to)!, a.strength);
  }
}

function moveValue(g: Position, f: Features, from: number, to: number, strength: number): number {
  const units = g.regions[from]!.units[f.s];
  const left = units - strength;
  const dest = g.regions[to]!;
  if (f.side === 'islamicState') {
    // Shift fighters from quiet regions to threatened valuable ones.
    const gain = need(f, to, dest.units[2]) - need(f, to, dest.units[2] + strength);
    const cost = need(f, from, left) - need(f, from, units);
    const take = dest.control !== 'islamicState' ? f.worth[to]! * 0.6 : 0;
    return gain - cost + take - 0.8;
  }
  let v = 0;
  if (dest.control !== f.side) v += f.worth[to]!;
  v += Math.min(strength, 5) * (f.pull[to]! - f.pull[from]!) * 1.2;
  // A garrison left alone against a threat, or a valuable region emptied, costs;
  // a base emptied next to the enemy costs the most, it is where reinforcements land.
  if (left === 0 && f.threat[from]! > 0) v -= 0.4 * f.worth[from]! + (f.rules.isBase[f.s]![from] ? 3 : 0.5);
  if (left > 0 && left < 2 && f.threat[from]! > 0) v -= 0.2;
  // Stack towards the front: moving everything beats trickling.
  if (left > 0 && f.threat[from]! === 0) v -= 0.3 * left;
  return v - 0.5;
}

/**
 * What watching a region is worth to a hunter: leaders believed next to it may
 * move through it (an interception), one believed in it may sit still (a
 * spot); a region someone already watches adds less for the second watcher.
 */
function watchValue(g: Position, f: Features, r: number, density: Float64Array): number {
  let around = 0;
  const adjacent = f.rules.adjacent[r]!;
  for (let k = 0; k < adjacent.length; k++) around += Math.max(0, density[adjacent[k]!]! - f.revealed[adjacent[k]!]!);
  const already = g.regions[r]!.watch !== 0 ? 0.6 : 1;
  // A leader next door moves through here perhaps one time in four; one sitting here stays perhaps half the time.
  const passing = around * 0.25 * (NUMBERS.watchIntercept / 6) * CAPTURE;
  const sitting = Math.max(0, density[r]! - f.revealed[r]!) * 0.5 * (NUMBERS.watchSpot / 6) * CAPTURE * 0.4;
  return already * (passing + sitting) - 0.35;
}

/** What a leader caught is worth to a hunter's greedy choice, per point of leader value. */
const CAPTURE = 8;

/** Leader value revealed in region `r` that `side` found itself (what its raid may take). */
function foundValue(g: Position, r: number, side: Side): number {
  const id = g.rules.ids[r]!;
  let value = 0;
  for (let li = 0; li < g.leaders.length; li++) {
    const l = g.leaders[li]!;
    if ((l.status === 'revealed' || (l.status === 'atLarge' && l.revealed)) && l.foundBy === side && l.at === id) value += g.rules.scenario.leaders[li]!.value;
  }
  return value;
}

/** Units of side index `s` in or next to region `r`. */
function inReach(g: Position, s: 0 | 1 | 2, r: number): boolean {
  if (g.regions[r]!.units[s] > 0) return true;
  for (const n of g.rules.adjacent[r]!) if (g.regions[n]!.units[s] > 0) return true;
  return false;
}

/** How much a region needs Islamic State's fighters: its worth under threat, shared among its garrison. */
function need(f: Features, r: number, own: number): number {
  return (f.worth[r]! * f.threat[r]!) / (own + 1);
}

/** What the flight plan takes off a place where every other leader at large already is. */
const TOGETHER = 3;

/** The whole leadership in one place is one raid's or one overrun's worth: the last to choose keeps apart if he can. */
function together(claimed: readonly number[], r: number, atLarge: number): number {
  return atLarge >= 2 && claimed[r]! === atLarge - 1 ? TOGETHER : 0;
}

/**
 * Leader phase (Islamic State's own observation): each leader weighs staying
 * (heat draws reports, a watch may spot it, a revealed one invites a raid)
 * against each move (the interception it risks), heading for the safest
 * redoubt it can reach, spread out from the others.
 */
function leaderMove(obs: Observation, legal: Action[], rng: BotRng, noise: number, scratch: Scratch | null, apart: number): Action {
  const { index, ids } = obs.rules;
  const n = ids.length;
  const claimed = new Array<number>(n).fill(0);
  // Leader moves change no units: what each region risks is worked out once, when first asked, and
  // kept in the scratch for the phase's next calls (the same board).
  let near: number[];
  let risk: number[];
  if (scratch !== null && scratch.n === n && scratch.board === obs.regions) ({ near, risk } = scratch);
  else {
    near = new Array<number>(n).fill(-1);
    risk = new Array<number>(n).fill(-1);
    if (scratch !== null && scratch.n === n) {
      scratch.board = obs.regions;
      scratch.near = near;
      scratch.risk = risk;
    }
  }
  let atLarge = 0;
  obs.leaders.forEach((l) => {
    if (l.status !== 'atLarge') return;
    atLarge++;
    if (l.moved) claimed[index.get(l.at)!]! += 1;
  });
  for (let li = 0; li < obs.leaders.length; li++) {
    const l = obs.leaders[li]!;
    if (l.status !== 'atLarge' || l.moved) continue;
    const options = legal.filter((a): a is Extract<Action, { type: 'moveLeader' }> => a.type === 'moveLeader' && a.leader === l.id);
    if (options.length === 0) continue;
    const here = index.get(l.at)!;
    // Staying: next week's report chance grows with heat; a watch here may spot it; a revealed leader stays a raid's target.
    const reportRisk = Math.min(1, (1 + Math.min(NUMBERS.maxHeat, l.heat + 1)) / 6);
    const spotRisk = obs.regions[here]!.watch !== 0 && !l.revealed ? NUMBERS.watchSpot / 6 : 0;
    const stayScore = spot(obs, here, claimed, near, risk) + 0.5 - 2.5 * reportRisk - 4 * spotRisk - (l.revealed ? 3 : 0) - together(claimed, here, atLarge) - apart * claimed[here]!;
    // Staying is choice 0, each move the next; near-equal ones are drawn among.
    const scores = [stayScore];
    for (const a of options) {
      const to = index.get(a.to)!;
      scores.push(spot(obs, to, claimed, near, risk) - (dangerOf(obs, here, to).danger / 6) * 9 - together(claimed, to, atLarge));
    }
    const k = nearBest(scores, -Infinity, rng, noise);
    if (k > 0) return options[k - 1]!;
    claimed[here]! += 1;
  }
  return { type: 'endPhase', side: 'islamicState' };
}

/** How good a region is for a hidden leader to be in: a held redoubt far from enemies, not crowded. */
export function leaderSpot(g: Position, r: number, claimed: Float64Array): number {
  const n = g.rules.ids.length;
  return spot(g, r, claimed, new Array<number>(n).fill(-1), new Array<number>(n).fill(-1));
}

/** leaderSpot, reading and filling `near` (enemyNear) and `risk` (takeRisk) per region, -1 for not yet worked out. */
function spot(g: Position, r: number, claimed: ArrayLike<number>, near: number[], risk: number[]): number {
  const rules = g.rules;
  const region = g.regions[r]!;
  let best = 0;
  for (const t of rules.redoubts) {
    if (g.regions[t]!.control !== 'islamicState' || t === rules.center) continue;
    if (near[t]! < 0) near[t] = enemyNear(g, t);
    const safety = 6 - 0.4 * near[t]! + 0.3 * g.regions[t]!.units[2] - 1.5 * claimed[t]!;
    best = Math.max(best, safety - 1.2 * distanceBetween(rules, r, t));
  }
  let here = best;
  if (r === rules.center) here -= 2;
  if (region.control !== 'islamicState') here -= 1.5;
  if (near[r]! < 0) near[r] = enemyNear(g, r);
  here -= 0.4 * near[r]!;
  // A region the hunters may take next week sweeps every leader in it.
  if (risk[r]! < 0) risk[r] = takeRisk(g, r);
  here -= 6 * risk[r]!;
  return here - 5 * claimed[r]!;
}

/**
 * The chance the hunters take region `r` next week: an adjacent stack storms
 * it at its odds, or walks in if it stands empty; a stack two links away can
 * reach an empty one too (units move link by link, once per action point).
 */
function takeRisk(g: Position, r: number): number {
  const rules = g.rules;
  const empty = g.regions[r]!.units[2] === 0;
  let risk = 0;
  for (let a = 0; a < rules.ids.length; a++) {
    const u = g.regions[a]!.units;
    if (u[0] === 0 && u[1] === 0) continue;
    const d = distanceBetween(rules, a, r);
    if (d === 1) {
      const side = u[0] > 0 ? 'coalition' : 'regime';
      const odds = combatOdds(g, side, a, r);
      risk = Math.max(risk, odds ? odds.takeChance : 1);
    } else if (d === 2 && empty) risk = Math.max(risk, 0.6);
  }
  return risk;
}

function enemyNear(g: Position, r: number): number {
  let e = g.regions[r]!.units[0] + g.regions[r]!.units[1];
  for (const a of g.rules.adjacent[r]!) e += g.regions[a]!.units[0] + g.regions[a]!.units[1];
  return e;
}
