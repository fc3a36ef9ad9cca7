import { apply, check, legalActions, observe, Resampler, sideIndex, type Action, type GameState, type Observation, type Random, type Side, type ActionType, type Leader } from '../rules';
import type { Bot, BotOptions, Horizon } from './bot';
import { LeaderFilter } from './belief';
import { densityOf, huntersBeliefs, playoutDensity, type HuntersBeliefs } from './density';
import { evaluate } from './evaluate';
import { FEATURE_COUNT } from './outlook';
import { features, newScratch, type Scratch } from './features';
import { allowed, greedyChoice, scoreAction } from './greedy';
import type { BotRng } from './rng';
import { tablesFor, type Tables } from './tables';

/** Iterations per decision at the default level: keeps a decision well under 250 ms. */
export const DEFAULT_ITERATIONS = 300;
/** Candidate actions kept per tree node, best first by the greedy heuristic (plus ending the phase). */
const WIDTH = 7;
const EXPLORE = 0.35;

/**
 * How far each side's playouts look by default: a hunter's to the turn's end,
 * Islamic State's round the table (its defence is tested only once both
 * enemies have moved). FRONT_HORIZON, below, looks round the table for every
 * side (docs/BALANCE.md, *The front-reading search*): a hunter's siege (bomb
 * the garrison this week, storm it the next) pays only in its next phase, and
 * with playouts that stop at the turn's end the hunters' search sees a week of
 * air strikes as worth nothing, hunts instead, and the fronts freeze (45% of
 * all-search games have five quiet turns in a row).
 */
export const DEFAULT_HORIZON: Readonly<Record<Side, Horizon>> = { coalition: 'turn', regime: 'turn', islamicState: 'round' };
/**
 * The horizon of the front-reading variants (src/ai/levels/search-front*.ts):
 * every side's playouts look round the table. Not the default yet: with it
 * and the deferring below, the all-search line-up froze less but Islamic
 * State won two games in three (docs/BALANCE.md, *The front-reading search*).
 */
export const FRONT_HORIZON: Readonly<Record<Side, Horizon>> = { coalition: 'round', regime: 'round', islamicState: 'round' };

interface Node {
  action: Action | null;
  /** Candidate moves, fixed at the node's first visit; each checked for legality in every determinization. */
  children: Node[] | null;
  visits: number;
  /** Times this node was legal when its parent was selected from (ISMCTS availability). */
  available: number;
  total: number;
  /** The greedy heuristic's score of the action (0 for ending the phase). */
  prior: number;
}

const newNode = (action: Action | null, prior = 0): Node => ({ action, children: null, visits: 0, available: 0, total: 0, prior });

/**
 * Progressive bias at the root: each candidate's mean outcome is credited with
 * PRIOR_WEIGHT times its greedy score per 10 worth units, the score clamped to
 * [-5, 15], so at most 0.075 of a win. A playout reaches one turn or one round;
 * a siege (bomb the garrison for weeks, then storm) or a stack kept for a base at
 * the front pays after that, where the evaluation cannot see it and the
 * heuristic's pull towards targets and its air-strike gain can. Among candidates
 * the playouts cannot tell apart (a dozen samples each, a few hundredths of a
 * win apart) the heuristic's choice goes on (docs/BALANCE.md). BotOptions.prior
 * sets another weight (src/ai/levels/search-no-prior.ts plays with none).
 */
export const PRIOR_WEIGHT = 0.05;

/**
 * How many standard errors of the paired difference (over the
 * determinizations both were tried on) a hunter's playouts must prefer the
 * halving's pick by before it overrules the heuristic's first choice. The
 * evaluation is flat over one decision: in the positions read, every
 * candidate's mean lay within a few hundredths of a win of the others', on a
 * dozen samples each, and the halving's pick was mostly noise. Noise among a
 * hunter's actions chose searches and watches over the bombing a siege needs,
 * and ending the phase as often as anything; the heuristic's first choice
 * keeps the front moving, and the playouts still overrule it where they
 * clearly see better (docs/BALANCE.md). Islamic State's search keeps every
 * pick (0): deferring cost it 16 points against greedy in its seat.
 * BotOptions.confidence sets another; 0 never defers.
 */
export const CONFIDENCE: Readonly<Record<Side, number>> = { coalition: 2, regime: 2, islamicState: 0 };
/**
 * What Islamic State's search, following the greedy flight plan in its leader
 * phase, takes off a leader staying where other leaders at large stay, per
 * such leader (BotOptions.apart; the greedy bot's is 0). Against search
 * hunters the flight piled up in Madan, Raqqa's one open neighbour: half the
 * leaders at large stood there at the end of turn 3. Pushed apart, the flight
 * goes on down the valley (docs/BALANCE.md, *The pile in Madan*).
 * src/ai/levels/search-no-apart.ts plays with 0. Hunters' playouts model
 * Islamic State's flight by the greedy plan, with 0.
 */
export const FLIGHT_APART = 3;
/** What the default search defers with: never (every side plays the halving's pick), until a front-reading variant is chosen (docs/BALANCE.md). */
export const DEFAULT_CONFIDENCE = 0;
const priorBonus = (n: Node, weight: number) => (weight * Math.max(-5, Math.min(15, n.prior))) / 10;

/**
 * Whose belief each hunter searches by unless told (BotOptions.belief). The
 * leader filter (src/ai/belief.ts) places leaders better than the rules'
 * Resampler (npm run belief). Under the retreat rule (RULES §4.4) the
 * Coalition's search plays better by it: +6.2 points [+0.6, +11.8] against
 * the search by the rules' belief, paired over 500 seeds, the others greedy
 * (docs/BALANCE.md, *The retreat rule*). The Regime's search, before the
 * retreat rule, played worse by it (−8.0 [−18.2, +2.2] over 150 games,
 * docs/BOTS.md): its heuristics weigh the leaders' density against the
 * ground, tuned on the rules' more diffuse belief, so it keeps the rules'.
 * src/ai/levels/search-filter-belief.ts and search-rules-belief.ts play one
 * or the other in any seat.
 */
export const DEFAULT_BELIEF: Readonly<Record<Side, 'filter' | 'rules'>> = { coalition: 'filter', regime: 'rules', islamicState: 'rules' };

/** What one decision's playouts share, worked out once at the root. */
interface Decision {
  /** Where the worlds come from: the hunters' leader filter, or the rules' Resampler (Islamic State knows its leaders). */
  worlds: { sample(random: Random): GameState };
  tables: Tables;
  /** The searching side's own leader density (null for Islamic State). */
  density: Float64Array | null;
  /** What each hunter believes in the playouts. */
  hunters: HuntersBeliefs;
  /** The feature buffers every heuristic call of the decision writes (one call at a time). */
  scratch: Scratch;
  /** The evaluation's feature buffer. */
  outlook: Float64Array;
  /** The heuristic reads the front (FeatureOptions.front, src/ai/features.ts): at the root and in the playouts. */
  front: boolean;
}

/**
 * Information-set Monte Carlo tree search over the side's own phase: each
 * iteration takes a world consistent with the side's observation from the
 * rules' Resampler (hidden leaders drawn from the trail, fresh dice), walks
 * the tree of the side's actions (open loop: states are replayed, not
 * stored), finishes the phase with the greedy policy, each side playing on
 * its own observation, and scores the result with `evaluate`. The root is
 * searched by sequential halving (see `halving`).
 */
export class SearchBot implements Bot {
  readonly level = 'search' as const;
  private readonly iterations: number;
  private readonly ms: number | undefined;
  private readonly horizon: Horizon;
  /** Action types this bot never takes. */
  private readonly exclude: readonly ActionType[];
  /** The weight of the greedy heuristic's prior at the root (PRIOR_WEIGHT unless told). */
  private readonly prior: number;
  /** Whose belief a hunter searches by: its leader filter or the rules' Resampler (DEFAULT_BELIEF unless told). */
  private readonly belief: 'filter' | 'rules';
  /** How sure the playouts must be before the search overrules the heuristic's first choice (CONFIDENCE unless told). */
  private readonly confidence: number;
  /** Whether the heuristic at the root and in the playouts reads the front (BotOptions.front, false unless told). */
  private readonly front: boolean;
  /** Whether the leader phase is searched (BotOptions.searchLeaders) or follows the greedy flight plan. */
  private readonly searchLeaders: boolean;
  /** The flight plan's push to keep leaders from staying together (BotOptions.apart; FLIGHT_APART for Islamic State unless told). */
  private readonly apart: number;
  /** Iterations run by the last decision (for benchmarks). */
  lastIterations = 0;
  private tables: Tables | null = null;
  /** The bot's own generator as the rules' Random: resampled worlds and their dice come from it. */
  private readonly random: Random;
  private buffers: Scratch | null = null;
  private readonly outlook = new Float64Array(FEATURE_COUNT);

  constructor(
    readonly side: Side,
    private readonly rng: BotRng,
    options: BotOptions = {},
  ) {
    this.iterations = options.iterations ?? DEFAULT_ITERATIONS;
    this.ms = options.ms;
    this.horizon = options.horizon ?? DEFAULT_HORIZON[side];
    this.exclude = options.exclude ?? [];
    this.prior = options.prior ?? PRIOR_WEIGHT;
    this.belief = options.belief ?? DEFAULT_BELIEF[side];
    this.confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    this.front = options.front ?? false;
    this.searchLeaders = options.searchLeaders ?? false;
    this.apart = options.apart ?? (side === 'islamicState' ? FLIGHT_APART : 0);
    this.random = () => rng.next();
  }

  choose(observation: Observation): Action {
    const legal = allowed(legalActions(observation, this.side), this.exclude);
    if (legal.length <= 1) return legal[0] ?? { type: 'endPhase', side: this.side };
    const tables = (this.tables = tablesFor(observation.rules, this.tables));
    // Secret leader moves follow the greedy flight plan unless told (src/ai/levels/search-leaders.ts): a short-horizon search
    // cannot see the payoff of a redoubt weeks away.
    if (observation.phase === 'leaders' && !this.searchLeaders) return greedyChoice(observation, this.side, this.rng, { tables, exclude: this.exclude, apart: this.apart });
    const resampler = new Resampler(observation);
    // A hunter believes, and draws its worlds from, the rules' Resampler or its own leader filter (src/ai/belief.ts): DEFAULT_BELIEF.
    const filter = this.side !== 'islamicState' && this.belief === 'filter' ? new LeaderFilter(observation, resampler) : null;
    const own = this.side === 'islamicState' ? null : filter ? filter.beliefs() : resampler.beliefs();
    const density = own ? densityOf(observation.rules, own) : null;
    const hunters: HuntersBeliefs = own ? [own, own, null] : huntersBeliefs(resampler, this.random);
    const d: Decision = { worlds: filter ?? resampler, tables, density, hunters, scratch: this.scratch(observation.rules.ids.length), outlook: this.outlook, front: this.front };
    const root = newNode(null);
    root.children = candidates(observation, this.side, legal, this.rng, d);
    if (root.children.length === 1) return root.children[0]!.action!;
    if (this.ms !== undefined) return this.byTime(d, root, this.ms);
    return this.halving(d, root);
  }

  /**
   * Sequential halving at the root with common random numbers: every
   * surviving candidate is tried on the same determinizations (hidden leaders
   * and dice), the better half goes on, until one is left. Ties keep the
   * greedy order, so a thin budget never does worse than noise around greedy.
   */
  private halving(d: Decision, root: Node): Action {
    let alive = root.children!.slice();
    const rounds = Math.ceil(Math.log2(alive.length));
    let spent = 0;
    // Each candidate's value on each shared determinization (index: the sample's number in the decision).
    const values = new Map<Node, number[]>(alive.map((c) => [c, []]));
    let drawn = 0;
    for (let r = 0; r < rounds && alive.length > 1; r++) {
      const per = Math.max(1, Math.floor(this.iterations / (alive.length * rounds)));
      const samples = Array.from({ length: per }, () => d.worlds.sample(this.random));
      for (const c of alive) {
        const mine = values.get(c)!;
        for (let k = 0; k < samples.length; k++) {
          mine[drawn + k] = this.iterate(d, samples[k]!, root, c);
          spent++;
        }
      }
      drawn += samples.length;
      const mean = (c: Node) => c.total / Math.max(1, c.visits) + priorBonus(c, this.prior);
      alive = alive
        .map((c, k) => ({ c, k }))
        .sort((a, b) => mean(b.c) - mean(a.c) || a.k - b.k)
        .slice(0, Math.ceil(alive.length / 2))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.c);
      if (alive.length === 2 || r === rounds - 1) {
        const [a, b] = alive;
        if (a && b && mean(b) > mean(a)) alive = [b, a];
      }
    }
    this.lastIterations = spent;
    const chosen = alive[0]!;
    const heuristic = root.children![0]!;
    if (chosen !== heuristic && this.confidence > 0 && !clearlyBetter(values.get(chosen)!, values.get(heuristic)!, priorBonus(chosen, this.prior) - priorBonus(heuristic, this.prior), this.confidence)) {
      return heuristic.action!;
    }
    return alive[0]!.action!;
  }

  private scratch(n: number): Scratch {
    if (this.buffers === null || this.buffers.n !== n) this.buffers = newScratch(n);
    return this.buffers;
  }

  /** A wall-clock budget: plain UCT from the root until the time is up. */
  private byTime(d: Decision, root: Node, ms: number): Action {
    const deadline = performance.now() + ms;
    let i = 0;
    for (; i < 1 || (i & 15) !== 0 || performance.now() < deadline; i++) this.iterate(d, d.worlds.sample(this.random), root, null);
    this.lastIterations = i;
    let best = root.children![0]!;
    for (const c of root.children!) {
      if (c.visits > best.visits || (c.visits === best.visits && c.total / (c.visits || 1) > best.total / (best.visits || 1))) best = c;
    }
    return best.action!;
  }

  /** One playout from a resampled world; `first`, when given, is the root move to try. */
  private iterate(d: Decision, start: GameState, root: Node, first: Node | null): number {
    let state = start;
    const phase = start.phase;
    const turn = start.turn;
    const path: Node[] = [root];
    let node = root;
    if (first) {
      const next = apply(state, first.action!);
      if (next.ok) {
        state = next.state;
        path.push(first);
        node = first;
      }
    }
    while (this.mine(state, phase, turn)) {
      if (!node.children) {
        const seen = observe(state, this.side);
        node.children = candidates(seen, this.side, allowed(legalActions(seen, this.side), this.exclude), this.rng, d);
      }
      const child = this.select(node, state);
      if (!child) break;
      const next = apply(state, child.action!);
      if (!next.ok) break;
      state = next.state;
      path.push(child);
      node = child;
      if (child.visits === 0) break;
    }
    // Finish the phase with the greedy policy, then let the others answer with
    // it as far as the horizon reaches: the heuristic playout. Each side plays
    // on its own observation of the world, hunting by what it knew at the root.
    // A hunter's density changes only with what it sees of the leaders: kept while the leaders are.
    let densityOf: readonly Leader[] | null = null;
    const densities: (Float64Array | null)[] = [null, null, null];
    let guard = 0;
    while (state.phase !== 'over' && guard++ < 200) {
      if (!this.mine(state, phase, turn)) {
        if (this.horizon === 'phase') break;
        if (state.active === this.side && state.phase === phase) break;
        if (this.horizon === 'turn' && state.turn !== turn) break;
      }
      const side = state.active;
      const seen = observe(state, side);
      const s = sideIndex(side);
      const beliefs = d.hunters[s];
      if (state.leaders !== densityOf) {
        densityOf = state.leaders;
        densities[0] = densities[1] = null;
      }
      if (beliefs && densities[s] === null) densities[s] = playoutDensity(seen, beliefs);
      const choice = greedyChoice(seen, side, this.rng, { noise: 0, tables: d.tables, density: beliefs ? densities[s]! : null, exclude: side === this.side ? this.exclude : undefined, scratch: d.scratch, front: d.front, apart: side === this.side ? this.apart : 0 });
      const next = apply(state, choice);
      if (!next.ok) break;
      state = next.state;
    }
    const value = evaluate(state, this.side, d.outlook);
    for (const n of path) {
      n.visits++;
      n.total += value;
    }
    return value;
  }

  /** Still the searching side's move in the phase and turn the decision began in. A method, not a closure per playout (BOTS.md, Speed). */
  private mine(state: GameState, phase: GameState['phase'], turn: number): boolean {
    return state.phase === phase && state.turn === turn && state.active === this.side;
  }

  private select(node: Node, state: GameState): Node | null {
    let best: Node | null = null;
    let bestScore = -Infinity;
    const open: Node[] = [];
    for (const c of node.children!) {
      if (check(state, c.action!) !== null) continue;
      c.available++;
      if (c.visits === 0) open.push(c);
      else if (open.length === 0) {
        const ucb = c.total / c.visits + EXPLORE * Math.sqrt(Math.log(c.available) / c.visits);
        if (ucb > bestScore) {
          bestScore = ucb;
          best = c;
        }
      }
    }
    // Unvisited children come first, in heuristic order.
    return open[0] ?? best;
  }
}

/**
 * Whether `a`'s values beat `b`'s, paired over the determinizations both were
 * tried on, by more than `z` standard errors of the mean difference (`bonus`:
 * a's prior bonus less b's, added to the difference).
 */
export function clearlyBetter(a: readonly number[], b: readonly number[], bonus: number, z: number): boolean {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let k = 0; k < a.length && k < b.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined) continue;
    const diff = x - y;
    n++;
    sum += diff;
    squares += diff * diff;
  }
  if (n < 2) return false;
  const mean = sum / n;
  const variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
  return mean + bonus > z * Math.sqrt(variance / n);
}

/** The greedy heuristic's best few actions, and always ending the phase. */
function candidates(obs: Observation, side: Side, legal: Action[], rng: BotRng, d: Decision): Node[] {
  if (obs.phase === 'leaders') return legal.map(newNode);
  const density = d.density;
  const f = features(obs, side, density, d.tables, d.scratch, { front: d.front });
  const scored = legal
    // A search where the side's belief holds no hidden leader (a search or an overrun showed the region empty) can find no one.
    .filter((a) => a.type !== 'endPhase' && !(a.type === 'search' && density !== null && density[obs.rules.index.get(a.region)!]! <= 0))
    .map((a) => ({ a, s: scoreAction(obs, f, a, density) + 0.001 * rng.next() }))
    .sort((x, y) => y.s - x.s)
    .slice(0, WIDTH);
  const end: Action = { type: 'endPhase', side };
  const nodes = scored.map((x) => newNode(x.a, x.s));
  // Ending the phase goes where the greedy rule would put it among the candidates.
  const at = scored.findIndex((x) => x.s <= 0);
  nodes.splice(at < 0 ? nodes.length : at, 0, newNode(end));
  return nodes;
}
