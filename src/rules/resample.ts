import { dangerOf } from './odds';
import { NUMBERS } from './numbers';
import type { Chapter } from './events';
import { append, toArray, type History } from './history';
import type { Observation } from './observe';
import { seedRng } from './rng';
import type { Ruleset } from './ruleset';
import type { GameState, Leader } from './state';
import { readTrail, type Trail } from './trail';

/** A uniform draw in [0, 1): the caller's own generator, never the game's dice. */
export type Random = () => number;

/**
 * How hidden leaders are taken to move. A fugitive seldom walks into ground
 * its hunters hold (the interception die, and the sweep when they take it
 * back): by default such a step weighs 1/20 of any other choice, staying
 * included. 1 makes every choice alike. Never 0: such steps are legal.
 */
export interface ResampleOptions {
  enemyGround?: number;
}

export const DEFAULT_ENEMY_GROUND = 0.05;

/** Where one side believes a leader is now: regions and probabilities. */
export interface LeaderBelief {
  leader: number;
  regions: number[];
  probs: number[];
}

/**
 * Full states consistent with one side's observation: the hidden-information
 * analogue of OpenSpiel's ResampleFromInfostate. Each hidden leader's flight
 * is drawn week by week from the trail the side has seen (forward filtering,
 * backward sampling over the map): a leader moves one link a week or stays
 * (see ResampleOptions for the weights), never where the side's own searches
 * and captures showed it was not, always where it was seen. Islamic State's secret points follow
 * from the flights drawn; the dice are fresh. Built once per observation,
 * then sampled as often as a bot likes.
 */
export class Resampler {
  private readonly trail: Trail;
  /** Forward filter per leader: alpha[l][k * n + r], each slice normalized. */
  private readonly alpha: Float64Array[] = [];
  /** False if the observation contradicted itself somewhere and a constraint had to be dropped (never, for observations of real games). */
  readonly consistent: boolean = true;
  /** Each side's history in the resampled games: Islamic State's own log with its secrets kept from the others; another side's log as it is, since it holds nothing secret. */
  private readonly seen: GameState['seen'];

  /** The weight of a dangerous step (into ground the Coalition or the Regime holds, or into a watched region), against 1 for any other choice. */
  private readonly enemyGround: number;

  constructor(
    readonly obs: Observation,
    options: ResampleOptions = {},
  ) {
    this.enemyGround = options.enemyGround ?? DEFAULT_ENEMY_GROUND;
    const chapters = toArray(obs.log);
    this.trail = readTrail(obs, chapters);
    this.seen = obs.viewer === 'islamicState' && obs.phase !== 'over' ? [publicOnly(chapters), publicOnly(chapters), obs.log] : [obs.log, obs.log, obs.log];
    const L = obs.rules.scenario.leaders.length;
    let consistent = true;
    for (let l = 0; l < L; l++) {
      const { alpha, ok } = this.filter(l);
      this.alpha.push(alpha);
      consistent &&= ok;
    }
    this.consistent = consistent;
  }

  /** Is a move into `b` at the leader phase of turn `k` a dangerous one (into hunters' ground, or into a watched region: `dangerOf`)? */
  private dangerous(b: number, k: number): boolean {
    const n = this.obs.rules.ids.length;
    return this.trail.enemyGround[k * n + b] === 1 || this.trail.watched[k * n + b] !== 0;
  }

  /** The weight of a leader's move from `a` to `b` in the leader phase that makes slice `k`: 0 if the rules forbid it or the side saw otherwise. */
  private step(a: number, b: number, k: number, l: number): number {
    if (a === b) return this.trail.mustMove[l * this.trail.slices + k] ? 0 : 1;
    if (!this.obs.rules.adjacent[a]!.includes(b)) return 0;
    return this.dangerous(b, k) ? this.enemyGround : 1;
  }

  /** The weights of every choice a leader in region `a` has at slice `k` (staying included): what a move's weight is a share of. */
  private choices(a: number, k: number): number {
    let total = 1;
    for (const b of this.obs.rules.adjacent[a]!) total += this.dangerous(b, k) ? this.enemyGround : 1;
    return total;
  }

  private allowed(l: number, k: number, r: number, strict: boolean): boolean {
    const { fixed, excluded, slices } = this.trail;
    const f = fixed[l * slices + k]!;
    if (f >= 0) return r === f;
    return !strict || excluded[(l * slices + k) * this.obs.rules.ids.length + r] === 0;
  }

  private filter(l: number): { alpha: Float64Array; ok: boolean } {
    const rules = this.obs.rules;
    const n = rules.ids.length;
    const origin = start(rules, l);
    const K = Math.max(0, this.trail.last[l]!);
    const alpha = new Float64Array((K + 1) * n);
    alpha[origin] = 1;
    let ok = true;
    for (let k = 1; k <= K; k++) {
      let total = 0;
      for (const strict of [true, false]) {
        total = 0;
        for (let b = 0; b < n; b++) {
          let w = 0;
          if (this.allowed(l, k, b, strict)) {
            // Where the leader may have come from: here, or a neighbour.
            w += this.arrival(alpha, k, l, b, b);
            const around = rules.adjacent[b]!;
            for (let j = 0; j < around.length; j++) w += this.arrival(alpha, k, l, around[j]!, b);
          }
          alpha[k * n + b] = w;
          total += w;
        }
        if (total > 0) break;
        ok = false;
      }
      if (total === 0) {
        // Nothing fits even without the negative evidence: keep the leader where it was.
        for (let b = 0; b < n; b++) alpha[k * n + b] = alpha[(k - 1) * n + b]!;
        total = 1;
      }
      for (let b = 0; b < n; b++) alpha[k * n + b]! /= total;
    }
    return { alpha, ok };
  }

  /** The weight of arriving in `b` at slice `k` from `a`: where the leader may have been, over its choices there. */
  private arrival(alpha: Float64Array, k: number, l: number, a: number, b: number): number {
    const p = alpha[(k - 1) * this.obs.rules.ids.length + a]!;
    if (p === 0) return 0;
    const w = this.step(a, b, k, l);
    return w === 0 ? 0 : (p * w) / this.choices(a, k);
  }

  /** Each leader at large not known to this side: the probability of each region now. */
  beliefs(): LeaderBelief[] {
    const n = this.obs.rules.ids.length;
    const out: LeaderBelief[] = [];
    this.obs.leaders.forEach((o, l) => {
      if (o.status === 'captured') return;
      const K = this.trail.last[l]!;
      const regions: number[] = [];
      const probs: number[] = [];
      for (let r = 0; r < n; r++) {
        const p = this.alpha[l]![K * n + r]!;
        if (p > 0) {
          regions.push(r);
          probs.push(p);
        }
      }
      out.push({ leader: l, regions, probs });
    });
    return out;
  }

  /** One flight per leader, slice 0 to its last: a history of the leaders consistent with the observation. */
  flights(random: Random): Int32Array[] {
    const rules = this.obs.rules;
    const n = rules.ids.length;
    return this.alpha.map((alpha, l) => {
      const K = Math.max(0, this.trail.last[l]!);
      const path = new Int32Array(K + 1);
      path[K] = draw(random, (r) => alpha[K * n + r]!, n);
      for (let k = K - 1; k >= 0; k--) {
        const b = path[k + 1]!;
        path[k] = draw(random, (a) => {
          const p = alpha[k * n + a]!;
          if (p === 0) return 0;
          const w = this.step(a, b, k + 1, l);
          return w === 0 ? 0 : (p * w) / this.choices(a, k + 1);
        }, n);
      }
      return path;
    });
  }

  /** A full state consistent with the observation. */
  sample(random: Random): GameState {
    const obs = this.obs;
    const rules = obs.rules;
    const known = obs.viewer === 'islamicState' || obs.phase === 'over';
    const flights = known ? null : this.flights(random);
    const leaders: Leader[] = obs.leaders.map((o, l): Leader => {
      if (o.status === 'captured' || o.status === 'atLarge') return o;
      const path = flights![l]!;
      const K = path.length - 1;
      const at = rules.ids[path[K]!]!;
      // Moved in the leader phase under way: the flight changed place at this turn's slice.
      const moved = obs.phase === 'leaders' && K === obs.turn && path[K] !== path[K - 1];
      const { danger, catcher } = moved ? dangerOf(obs, path[K - 1]!, path[K]!) : { danger: 0, catcher: null };
      const revealed = o.status === 'revealed';
      const tracked = o.status === 'revealed' && o.tracked;
      const foundBy = o.status === 'revealed' ? o.foundBy : null;
      return { id: o.id, status: 'atLarge', at, revealed, tracked, foundBy, moved, danger, catcher, heat: this.heat(path, moved ? K - 1 : K), lastSeen: o.lastSeen ?? null };
    });
    return {
      rules,
      seed: '',
      rng: seedRng(String(random())),
      turn: obs.turn,
      phase: obs.phase,
      active: obs.active,
      ap: obs.ap,
      intel: obs.intel,
      pool: obs.pool,
      regions: obs.regions,
      leaders,
      escalation: obs.escalation,
      turkeyTension: obs.turkeyTension,
      contacts: obs.contacts,
      // The resampled game's past is the side's own: what it saw, and nothing it did not.
      actions: null,
      chronicle: obs.log,
      seen: this.seen,
      result: obs.result,
    };
  }

  /** A leader's heat after the leader phase of slice `upTo` along a flight (§6.6): a week in place warms it, a move cools it, a dangerous move less. */
  private heat(path: Int32Array, upTo: number): number {
    let heat = 0;
    for (let k = 1; k <= upTo; k++) {
      if (path[k] === path[k - 1]) heat = Math.min(NUMBERS.maxHeat, heat + 1);
      else heat = this.dangerous(path[k]!, k) ? NUMBERS.heatWatched : 0;
    }
    return heat;
  }
}

/** A state consistent with what `obs`'s side has observed (see Resampler). */
export function resample(obs: Observation, random: Random, options: ResampleOptions = {}): GameState {
  return new Resampler(obs, options).sample(random);
}

/** The chapters as a side that sees only public events would have them. */
function publicOnly(chapters: readonly Chapter[]): History<Chapter> | null {
  let list: History<Chapter> | null = null;
  for (const c of chapters) {
    const events = c.events.filter((e) => e.audience === 'all');
    if (events.length > 0) list = append(list, events.length === c.events.length ? c : { turn: c.turn, events });
  }
  return list;
}

function start(rules: Ruleset, l: number): number {
  return rules.index.get(rules.scenario.leaders[l]!.startOptions[0]!)!;
}


function draw(random: Random, weight: (r: number) => number, n: number): number {
  let total = 0;
  for (let r = 0; r < n; r++) total += weight(r);
  let x = random() * total;
  let lastPositive = 0;
  for (let r = 0; r < n; r++) {
    const w = weight(r);
    if (w <= 0) continue;
    lastPositive = r;
    if (x < w) return r;
    x -= w;
  }
  return lastPositive;
}
