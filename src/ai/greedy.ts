import { NUMBERS, combatOdds, crossingInto, distanceBetween, interceptionRoll, isPlacement, legalActions, searchNeeded, type Action, type Observation, type Position, type Side } from '../rules';
import type { Bot } from './bot';
import { leaderDensity } from './density';
import { attackValue, features, type Features } from './features';
import type { BotRng } from './rng';
import { buildTables, tablesFor, type Tables } from './tables';

export interface GreedyOptions {
  /** Random jitter added to each action's score, to break ties differently from game to game. */
  noise?: number;
  /** The map's tables; built afresh when not given. */
  tables?: Tables;
  /**
   * Expected leader value per region as the side believes it. Left out, a
   * Coalition or Regime choice reads it off the observation with the rules'
   * Resampler; a search's playouts pass the one worked out at its root.
   */
  density?: Float64Array | null;
}

/**
 * The greedy heuristic: score every legal action with the side's rule of
 * thumb and take the best, or end the phase when nothing scores above zero.
 * The Coalition hunts leaders and closes the noose, Islamic State runs its
 * leaders to the redoubts and digs in, the Regime races for its objective.
 */
export function greedyChoice(obs: Observation, side: Side, rng: BotRng, options: GreedyOptions = {}): Action {
  const legal = legalActions(obs, side);
  if (legal.length <= 1) return legal[0] ?? { type: 'endPhase', side };
  if (obs.phase === 'leaders') return leaderMove(obs, legal);
  const noise = options.noise ?? 0.05;
  const density = side === 'islamicState' ? null : options.density === undefined ? leaderDensity(obs) : options.density;
  const f = features(obs, side, density, options.tables ?? buildTables(obs.rules));
  let best: Action = { type: 'endPhase', side };
  let bestScore = 0;
  for (const a of legal) {
    const sc = scoreAction(obs, f, a, density) + noise * rng.next();
    if (sc > bestScore) {
      bestScore = sc;
      best = a;
    }
  }
  return best;
}

/** The greedy bot: `greedyChoice` on each observation, with the map's tables kept from one decision to the next. */
export class GreedyBot implements Bot {
  readonly level = 'greedy' as const;
  private tables: Tables | null = null;

  constructor(
    readonly side: Side,
    private readonly rng: BotRng,
  ) {}

  choose(observation: Observation): Action {
    this.tables = tablesFor(observation.rules, this.tables);
    return greedyChoice(observation, this.side, this.rng, { tables: this.tables });
  }
}

/** Heuristic value of one operations action for the acting side; endPhase is 0. */
export function scoreAction(g: Position, f: Features, a: Action, density: Float64Array | null): number {
  const { index, adjacent, isBase } = f.rules;
  switch (a.type) {
    case 'endPhase':
    case 'moveLeader':
      return 0;
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
      return density[r]! * hit * (own ? 16 : 6) - 0.3;
    }
    case 'fortify': {
      const r = index.get(a.region)!;
      const danger = f.threat[r]! - g.regions[r]!.units[f.s];
      return (danger > 0 ? 0.12 : 0.03) * f.worth[r]! - (f.side === 'islamicState' ? 0.1 : 0.5);
    }
    case 'reinforce': {
      const r = index.get(a.region)!;
      if (f.side === 'islamicState') return 0.25 * f.worth[r]! * (f.threat[r]! > 0 ? 1.5 : 0.6);
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

/** How much a region needs Islamic State's fighters: its worth under threat, shared among its garrison. */
function need(f: Features, r: number, own: number): number {
  return (f.worth[r]! * f.threat[r]!) / (own + 1);
}

/** Leader phase (Islamic State's own observation): each leader heads for the safest redoubt it can reach, one link a turn, hiding on arrival. */
function leaderMove(obs: Observation, legal: Action[]): Action {
  const { index, ids } = obs.rules;
  const claimed = new Float64Array(ids.length);
  obs.leaders.forEach((l) => {
    if (l.status === 'atLarge' && l.moved) claimed[index.get(l.at)!]! += 1;
  });
  for (let li = 0; li < obs.leaders.length; li++) {
    const l = obs.leaders[li]!;
    if (l.status !== 'atLarge' || l.moved) continue;
    const options = legal.filter((a): a is Extract<Action, { type: 'moveLeader' }> => a.type === 'moveLeader' && a.leader === l.id);
    if (options.length === 0) continue;
    const here = index.get(l.at)!;
    const stayScore = leaderSpot(obs, here, claimed) + (l.revealed ? -3 : 0.5);
    let best: Action | null = null;
    let bestScore = stayScore;
    for (const a of options) {
      const to = index.get(a.to)!;
      const risk = interceptionRoll(crossingInto(obs, here, to, isPlacement(obs, li, a.to))) / 6;
      const sc = leaderSpot(obs, to, claimed) - risk * 8;
      if (sc > bestScore) {
        bestScore = sc;
        best = a;
      }
    }
    if (best) return best;
    claimed[here]! += 1;
  }
  return { type: 'endPhase', side: 'islamicState' };
}

/** How good a region is for a hidden leader to be in: a held redoubt far from enemies, not crowded. */
export function leaderSpot(g: Position, r: number, claimed: Float64Array): number {
  const rules = g.rules;
  const region = g.regions[r]!;
  let best = 0;
  for (const t of rules.redoubts) {
    if (g.regions[t]!.control !== 'islamicState' || t === rules.center) continue;
    const safety = 6 - 0.4 * enemyNear(g, t) + 0.3 * g.regions[t]!.units[2] - 1.5 * claimed[t]!;
    best = Math.max(best, safety - 1.2 * distanceBetween(rules, r, t));
  }
  let here = best;
  if (r === rules.center) here -= 2;
  if (region.control !== 'islamicState') here -= 1.5;
  here -= 0.4 * enemyNear(g, r);
  return here;
}

function enemyNear(g: Position, r: number): number {
  let e = g.regions[r]!.units[0] + g.regions[r]!.units[1];
  for (const a of g.rules.adjacent[r]!) e += g.regions[a]!.units[0] + g.regions[a]!.units[1];
  return e;
}
