import { NUMBERS, distanceBetween, seedRng, toArray, type GameState, type Leader, type LeaderBelief, type Observation, type Random, type Resampler, type Side } from '../rules';

/*
 * A hunter's belief about Islamic State's hidden leaders: a hidden-Markov
 * filter per leader over (region, heat), week by week, read off the events
 * the hunter has seen. Beside what the rules' Resampler already uses (where a
 * leader was seen, searches that found no one, regions overrun without a
 * find), it weighs the evidence of things that did not happen:
 *
 * - no report: each week a hidden leader is sighted with a chance that grows
 *   with its heat (weeks in place, §6.6); a week without a report makes a
 *   leader that sat still less likely than one that moved;
 * - a watch that spotted no one: a leader sitting in watched ground is spotted
 *   on watchSpot or less;
 * - no interception: a move into the hunters' or watched ground is stopped on
 *   its danger or less;
 *
 * and moves leaders by a model of how Islamic State flees (FlightModel): to
 * the redoubts it holds, away from the centre and the hunters' ground, off a
 * hot spot, with a share of plain random steps for a player who does
 * otherwise. The filter's last slice is where each leader is now, with its
 * heat, so a world is drawn leader by leader from it, no path needed.
 */

/** How Islamic State is taken to move its leaders. */
export interface FlightModel {
  /** How sharply choices follow their score (0: every choice alike). */
  beta: number;
  /** The share of a week's choice made uniformly at random, whatever the score. */
  mix: number;
}

/** Fitted on greedy games with `npm run belief -- --seed tune` (docs/BOTS.md). */
export const FLIGHT_MODEL: FlightModel = { beta: 2, mix: 0.1 };

const HEATS = NUMBERS.maxHeat + 1;

/** Control codes per region and slice. */
const IS = 0;
const COALITION = 1;
const REGIME = 2;
const NONE = 3;

/** What one hunter's history says, slice by slice (slice k: where leaders stood after turn k's leader phase; 0 the start). */
interface Evidence {
  slices: number;
  /** fixed[l * slices + k]: the region the leader was seen in, or -1. */
  fixed: Int32Array;
  /** excluded[k * n + r]: a hidden leader was shown not to be in r (a search that hit and found no one, an overrun without a find). */
  excluded: Uint8Array;
  /** mustMove[l * slices + k]: seen to leave its place in turn k's leader phase. */
  mustMove: Uint8Array;
  /** report[l * slices + k]: the report roll at the start of turn k + 1 for slice k: -1 none made (revealed, or not yet), 0 no sighting, 1 sighted. */
  report: Int8Array;
  /** control[k * n + r] during turn k's leader phase (IS, COALITION, REGIME, NONE). */
  control: Uint8Array;
  /** watched[k * n + r]: watch bits during turn k's leader phase. */
  watched: Uint8Array;
  captured: Uint8Array;
  current: number;
}

function readEvidence(obs: Observation): Evidence {
  const rules = obs.rules;
  const n = rules.ids.length;
  const L = rules.scenario.leaders.length;
  const current = Math.max(0, obs.phase === 'over' ? obs.turn : obs.turn - 1);
  const slices = current + 1;
  const fixed = new Int32Array(L * slices).fill(-1);
  const excluded = new Uint8Array(slices * n);
  const mustMove = new Uint8Array(L * slices);
  const report = new Int8Array(L * slices).fill(-1);
  const control = new Uint8Array(slices * n);
  const watched = new Uint8Array(slices * n);
  const captured = new Uint8Array(L);
  const revealedIn = new Int32Array(L).fill(-1);
  const held = rules.scenario.regions.map((r) => code(r.control));
  const watching = new Uint8Array(n);
  const region = (id: string) => rules.index.get(id) ?? -1;
  const leader = (id: string) => rules.leaderIndex.get(id) ?? -1;
  let turn = 0;
  let afterLeaders = false;
  const slice = () => Math.min(slices - 1, afterLeaders ? turn : Math.max(0, turn - 1));
  const inRange = (k: number) => k >= 0 && k < slices;
  const fix = (l: number, k: number, r: number) => {
    if (l >= 0 && r >= 0 && inRange(k)) fixed[l * slices + k] = r;
  };
  const exclude = (k: number, r: number) => {
    if (r >= 0 && inRange(k)) excluded[k * n + r] = 1;
  };
  const snapshot = (k: number) => {
    if (!inRange(k)) return;
    for (let r = 0; r < n; r++) control[k * n + r] = held[r]!;
    watched.set(watching, k * n);
  };
  snapshot(0);
  let pending: { k: number; r: number } | null = null;
  for (const chapter of toArray(obs.log)) {
    for (const e of chapter.events) {
      if (pending) {
        if (!(e.type === 'leaderRevealed' && e.how === 'overrun' && region(e.region) === pending.r)) exclude(pending.k, pending.r);
        pending = null;
      }
      switch (e.type) {
        case 'turnBegan': {
          turn = e.turn;
          afterLeaders = false;
          watching.fill(0);
          // This turn's reports roll for every leader at large and not revealed: evidence about the last slice.
          const k = turn - 1;
          if (inRange(k)) for (let l = 0; l < L; l++) if (!captured[l] && revealedIn[l]! < 0) report[l * slices + k] = 0;
          break;
        }
        case 'watched': {
          const r = region(e.region);
          if (r >= 0) watching[r]! |= e.side === 'coalition' ? 1 : 2;
          break;
        }
        case 'phaseEnded':
          if (e.phase !== 'leaders') break;
          snapshot(turn);
          afterLeaders = true;
          for (let l = 0; l < L; l++) if (revealedIn[l]! >= 0) fix(l, turn, revealedIn[l]!);
          break;
        case 'leaderTracked': {
          const l = leader(e.leader);
          if (l < 0) break;
          fix(l, turn - 1, region(e.from));
          fix(l, turn, region(e.to));
          if (inRange(turn)) mustMove[l * slices + turn] = 1;
          revealedIn[l] = region(e.to);
          break;
        }
        case 'leaderVanished': {
          const l = leader(e.leader);
          if (l < 0) break;
          if (e.how === 'raid') fix(l, slice(), region(e.from));
          else {
            fix(l, turn - 1, region(e.from));
            if (inRange(turn)) mustMove[l * slices + turn] = 1;
          }
          revealedIn[l] = -1;
          break;
        }
        case 'leaderSighted': {
          const l = leader(e.leader);
          const k = slice();
          fix(l, k, region(e.region));
          if (l >= 0 && report[l * slices + k] === 0) report[l * slices + k] = 1;
          break;
        }
        case 'searched':
          if (e.roll >= e.needed && e.found === 0) exclude(slice(), region(e.region));
          break;
        case 'leaderRevealed': {
          const l = leader(e.leader);
          fix(l, slice(), region(e.region));
          if (l >= 0) revealedIn[l] = region(e.region);
          break;
        }
        case 'regionTaken': {
          const r = region(e.region);
          if (r >= 0) held[r] = code(e.side);
          if (e.side !== 'islamicState') pending = { k: slice(), r };
          break;
        }
        case 'leaderCaptured': {
          const l = leader(e.leader);
          if (l < 0) break;
          captured[l] = 1;
          revealedIn[l] = -1;
          break;
        }
        default:
          break;
      }
    }
  }
  if (pending) exclude(pending.k, pending.r);
  for (let l = 0; l < L; l++) {
    const o = obs.leaders[l]!;
    if (o.status === 'captured') captured[l] = 1;
    else if (o.status === 'revealed' || o.status === 'atLarge') fix(l, current, region(o.at));
  }
  return { slices, fixed, excluded, mustMove, report, control, watched, captured, current };
}

function code(side: Side | null | undefined): number {
  return side === 'islamicState' ? IS : side === 'coalition' ? COALITION : side === 'regime' ? REGIME : NONE;
}

/** The chance a report sights a hidden leader of this heat. */
function sighting(heat: number): number {
  return Math.min(1, Math.max(0, (7 - (NUMBERS.reportSighting - heat)) / 6));
}

/**
 * The per-leader filter. `alpha[l]` holds the last slice's distribution over
 * region * HEATS + heat; `ok[l]` is false when the evidence ruled out every
 * flight the model allows (then the rules' belief stands in).
 */
export class LeaderFilter {
  private readonly alpha: (Float64Array | null)[] = [];
  private readonly n: number;
  private template: GameState | null = null;

  constructor(
    readonly obs: Observation,
    private readonly fallback: Resampler,
    readonly model: FlightModel = FLIGHT_MODEL,
  ) {
    const ev = readEvidence(obs);
    this.n = obs.rules.ids.length;
    obs.leaders.forEach((o, l) => {
      this.alpha.push(o.status === 'hidden' && !ev.captured[l] ? this.filter(ev, l, true) ?? this.filter(ev, l, false) : null);
    });
  }

  /** Forward filtering for leader `l`; `soft` false drops the soft evidence and the model (everything alike). Null when nothing fits. */
  private filter(ev: Evidence, l: number, soft: boolean): Float64Array | null {
    const rules = this.obs.rules;
    const n = this.n;
    const S = ev.slices;
    const size = n * HEATS;
    let prev = new Float64Array(size);
    let next = new Float64Array(size);
    prev[rules.index.get(rules.scenario.leaders[l]!.startOptions[0]!)! * HEATS] = 1;
    if (!this.evidence(ev, l, 0, prev, soft)) return null;
    const weights = new Float64Array(8);
    const targets = new Int32Array(8);
    const beta = soft ? this.model.beta : 0;
    const mix = soft ? this.model.mix : 1;
    for (let k = 1; k < S; k++) {
      next.fill(0);
      const must = ev.mustMove[l * S + k] === 1;
      const value = this.values(ev, k);
      for (let a = 0; a < n; a++) {
        for (let h = 0; h < HEATS; h++) {
          const p = prev[a * HEATS + h]!;
          if (p === 0) continue;
          // The choices: stay (unless seen to move), or one link; scored as Islamic State would.
          let count = 0;
          if (!must) {
            targets[count] = a;
            const report = Math.min(1, (1 + Math.min(NUMBERS.maxHeat, h + 1)) / 6);
            const spot = ev.watched[k * n + a] !== 0 ? NUMBERS.watchSpot / 6 : 0;
            weights[count++] = value[a]! + 0.5 - 2.5 * report - 4 * spot;
          }
          for (const b of rules.adjacent[a]!) {
            targets[count] = b;
            weights[count++] = value[b]! - 1.5 * danger(ev, rules.center, n, k, a, b);
          }
          if (count === 0) continue;
          let top = -Infinity;
          for (let c = 0; c < count; c++) top = Math.max(top, weights[c]!);
          let total = 0;
          for (let c = 0; c < count; c++) total += (weights[c] = Math.exp(beta * (weights[c]! - top)));
          for (let c = 0; c < count; c++) {
            const b = targets[c]!;
            const choose = (1 - mix) * (weights[c]! / total) + mix / count;
            let w = p * choose;
            let heat: number;
            if (b === a) {
              heat = Math.min(NUMBERS.maxHeat, h + 1);
              // Sat still in watched ground and was not spotted.
              if (soft && ev.watched[k * n + a] !== 0) w *= 1 - NUMBERS.watchSpot / 6;
            } else {
              const d = danger(ev, rules.center, n, k, a, b) / 6;
              heat = d > 0 ? NUMBERS.heatWatched : 0;
              // Moved through danger and was not stopped (a stop is a capture, and ends the filter).
              if (soft) w *= 1 - d;
            }
            next[b * HEATS + heat]! += w;
          }
        }
      }
      if (!this.evidence(ev, l, k, next, soft)) return null;
      [prev, next] = [next, prev];
    }
    return prev;
  }

  /** Each region's pull for a fleeing leader at slice k: a held redoubt near, not the centre, not the hunters' ground. */
  private values(ev: Evidence, k: number): Float64Array {
    const rules = this.obs.rules;
    const n = this.n;
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      let best = 0;
      for (const t of rules.redoubts) {
        if (ev.control[k * n + t] !== IS || t === rules.center) continue;
        best = Math.max(best, 6 - 1.2 * distanceBetween(rules, r, t));
      }
      if (r === rules.center) best -= 2;
      if (ev.control[k * n + r] !== IS) best -= 1.5;
      out[r] = best;
    }
    return out;
  }

  /** Slice k's evidence on `dist` (normalized in place); false if it leaves nothing. */
  private evidence(ev: Evidence, l: number, k: number, dist: Float64Array, soft: boolean): boolean {
    const n = this.n;
    const S = ev.slices;
    const f = ev.fixed[l * S + k]!;
    const report = ev.report[l * S + k]!;
    let total = 0;
    for (let r = 0; r < n; r++) {
      for (let h = 0; h < HEATS; h++) {
        const i = r * HEATS + h;
        if (dist[i] === 0) continue;
        if ((f >= 0 && r !== f) || (f < 0 && ev.excluded[k * n + r] === 1)) {
          dist[i] = 0;
          continue;
        }
        if (soft && report >= 0) dist[i]! *= report === 1 ? sighting(h) : 1 - sighting(h);
        total += dist[i]!;
      }
    }
    if (!(total > 0)) return false;
    for (let i = 0; i < dist.length; i++) dist[i]! /= total;
    return true;
  }

  /** Where each leader at large this side does not see is now: LeaderBelief as the rules give it, from this filter. */
  beliefs(): LeaderBelief[] {
    const rules = this.fallback.beliefs();
    return rules.map((b) => {
      const alpha = this.alpha[b.leader];
      if (!alpha) return b;
      const regions: number[] = [];
      const probs: number[] = [];
      for (let r = 0; r < this.n; r++) {
        let p = 0;
        for (let h = 0; h < HEATS; h++) p += alpha[r * HEATS + h]!;
        if (p > 0) {
          regions.push(r);
          probs.push(p);
        }
      }
      return { leader: b.leader, regions, probs };
    });
  }

  /**
   * A full state consistent with the observation, its hidden leaders drawn
   * from the filter (region and heat); everything else as the rules'
   * Resampler draws it (one world of it, kept), with fresh dice.
   */
  sample(random: Random): GameState {
    const template = (this.template ??= this.fallback.sample(random));
    const rules = this.obs.rules;
    let leaders: Leader[] | null = null;
    for (let l = 0; l < this.alpha.length; l++) {
      const alpha = this.alpha[l];
      const base = template.leaders[l]!;
      if (!alpha || base.status !== 'atLarge') continue;
      let x = random();
      let pick = -1;
      for (let i = 0; i < alpha.length; i++) {
        if (alpha[i] === 0) continue;
        pick = i;
        if (x < alpha[i]!) break;
        x -= alpha[i]!;
      }
      if (pick < 0) continue;
      leaders ??= template.leaders.slice();
      leaders[l] = { ...base, at: rules.ids[Math.floor(pick / HEATS)]!, heat: pick % HEATS };
    }
    return { ...template, rng: seedRng(String(random())), leaders: leaders ?? template.leaders };
  }
}

/** The interception roll of a move a → b at slice k, by the ground and watches then (as the rules' dangerOf, control for units). */
function danger(ev: Evidence, center: number, n: number, k: number, a: number, b: number): number {
  let d = 0;
  const c = ev.control[k * n + b];
  if (c === COALITION || c === REGIME) d = a === center && c === COALITION ? NUMBERS.interceptNoose : NUMBERS.interceptClosed;
  const w = ev.watched[k * n + b]!;
  if (w & 1) d += NUMBERS.watchIntercept;
  if (w & 2) d += NUMBERS.watchIntercept;
  return Math.min(NUMBERS.interceptMax, d);
}
