import type { GameState, GameView, Leader } from '../rules';
import { mapOf, type BotMap } from './map';
import { diceState, type BotRng } from './rng';

/**
 * Where a hidden leader may be, from public knowledge only: its last sighting
 * (or its start options) and one link a turn since. Weights lean towards the
 * redoubts Islamic State holds, where a sensible leader runs.
 */
export interface LeaderBelief {
  leader: number;
  /** Candidate regions and their normalized probabilities. */
  regions: number[];
  probs: number[];
}

const beliefCache = new WeakMap<GameView, LeaderBelief[]>();

export function beliefs(v: GameView): LeaderBelief[] {
  let b = beliefCache.get(v);
  if (!b) {
    b = computeBeliefs(v);
    beliefCache.set(v, b);
  }
  return b;
}

function leaderPhasesDone(v: GameView): number {
  return v.phase === 'leaders' ? v.turn - 1 : v.turn;
}

function computeBeliefs(v: GameView): LeaderBelief[] {
  const m = mapOf(v.scenario);
  const out: LeaderBelief[] = [];
  const done = leaderPhasesDone(v);
  v.leaders.forEach((l, li) => {
    if (l.status !== 'atLarge') return;
    if (l.at !== null) {
      out.push({ leader: li, regions: [m.board.index.get(l.at)!], probs: [1] });
      return;
    }
    let origins: number[];
    let moves: number;
    const seen = lastSighting(v, l);
    if (seen) {
      origins = [m.board.index.get(seen.region)!];
      moves = done - (seen.how === 'report' ? seen.turn - 1 : seen.turn);
    } else {
      origins = v.scenario.leaders[li]!.startOptions.map((id) => m.board.index.get(id)!).filter((i) => i !== undefined);
      moves = done - 1;
    }
    const regions = ball(m, origins, Math.max(0, moves));
    const weights = regions.map((r) => prior(v, m, r));
    const total = weights.reduce((a, b) => a + b, 0);
    out.push({ leader: li, regions, probs: weights.map((w) => w / total) });
  });
  return out;
}

function lastSighting(v: GameView, l: Leader) {
  for (let i = v.sightings.length - 1; i >= 0; i--) if (v.sightings[i]!.leader === l.id) return v.sightings[i]!;
  return null;
}

function ball(m: BotMap, origins: number[], radius: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < m.n; r++) if (origins.some((o) => m.dist[o * m.n + r]! <= radius)) out.push(r);
  return out;
}

function prior(v: GameView, m: BotMap, r: number): number {
  const region = v.regions[r]!;
  let w = 1;
  if (region.control === 'islamicState') w += 1;
  if (m.isRedoubt[r] && region.control === 'islamicState') w += 4;
  if (region.control === 'coalition' || region.control === 'regime') w *= 0.3;
  return w;
}

/** Expected leader value per region (revealed leaders count in full). */
export function leaderDensity(v: GameView): Float64Array {
  const m = mapOf(v.scenario);
  const out = new Float64Array(m.n);
  if (allPlaced(v)) {
    // A determinized state (search playouts): every leader's place is known, no belief to build.
    for (let li = 0; li < v.leaders.length; li++) {
      const l = v.leaders[li]!;
      if (l.status === 'atLarge') out[m.board.index.get(l.at!)!]! += v.scenario.leaders[li]!.value;
    }
    return out;
  }
  for (const b of beliefs(v)) {
    const value = v.scenario.leaders[b.leader]!.value;
    b.regions.forEach((r, k) => (out[r]! += value * b.probs[k]!));
  }
  return out;
}

function allPlaced(v: GameView): boolean {
  for (const l of v.leaders) if (l.status === 'atLarge' && l.at === null) return false;
  return true;
}

/**
 * A full game state consistent with the view: hidden leaders placed by the
 * belief, fresh dice, no history. Only ever built from a view, so a bot can
 * simulate without seeing what its side may not know.
 */
export function determinize(v: GameView, rng: BotRng): GameState {
  const m = mapOf(v.scenario);
  let leaders: readonly Leader[] = v.leaders;
  if (v.viewer !== 'islamicState' && v.phase !== 'over') {
    const copy = v.leaders.slice();
    for (const b of beliefs(v)) {
      const l = copy[b.leader]!;
      if (l.at !== null) continue;
      let x = rng.next();
      let k = 0;
      while (k < b.probs.length - 1 && x >= b.probs[k]!) x -= b.probs[k++]!;
      copy[b.leader] = { ...l, at: m.board.ids[b.regions[k]!]!, moved: v.phase !== 'leaders' };
    }
    leaders = copy;
  }
  return {
    scenario: v.scenario,
    seed: '',
    rng: diceState(rng),
    turn: v.turn,
    date: v.date,
    phase: v.phase,
    active: v.active,
    ap: v.ap,
    intel: v.intel,
    pool: v.pool,
    regions: v.regions,
    leaders,
    sightings: v.sightings,
    escalation: v.escalation,
    turkeyTension: v.turkeyTension,
    vp: v.vp,
    hiddenVp: v.hiddenVp ?? 0,
    neutralized: v.neutralized,
    actions: [],
    log: [],
    result: v.result,
  };
}
