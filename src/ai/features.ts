import { CRT, revealedAt, sideIndex, type CombatOdds, type Position, type RegionState, type Ruleset, type Side } from '../rules';
import type { Tables } from './tables';

/** Per-decision numbers a heuristic reads: computed once per observation, shared by every candidate action. */
export interface Features {
  rules: Ruleset;
  side: Side;
  s: 0 | 1 | 2;
  /** What each region is worth to `side`. */
  worth: Float64Array;
  /** Hostile strength in and next to each region. */
  threat: Float64Array;
  /** Worth of the side's best targets, discounted by distance: units flow up this gradient. */
  pull: Float64Array;
  /** Leader value revealed (known to everyone) in each region; `anyRevealed` false when there is none. */
  revealed: Float64Array;
  anyRevealed: boolean;
  /**
   * The search's reading (FeatureOptions.front): a hunter's targets leave out the ground it may never
   * enter, and a region with no target in reach is no place to reinforce.
   */
  front: boolean;
}

export interface FeatureOptions {
  /**
   * Targets only where the side may go: a hunter's pull leaves out its ally's objective and bases
   * (§1.5), so a region whose only roads lead there (the Regime's Ithriya and Resafa; the Coalition's
   * northern bases once Raqqa and Madan are its) pulls no one and takes no reinforcement.
   */
  front?: boolean;
}

/**
 * Buffers a bot keeps for its feature vectors, so a playout step allocates
 * none (typed arrays are dear to allocate next to the few dozen sums in
 * them). A Features read from a scratch lives until the next call that
 * writes the same scratch.
 */
export interface Scratch {
  n: number;
  worth: Float64Array;
  threat: Float64Array;
  hostile: Float64Array;
  pull: Float64Array;
  revealed: Float64Array;
  wanted: Int32Array;
  /**
   * The leader phase's per-region enemy counts and take risks (src/ai/greedy.ts), -1 where not yet
   * worked out, for the board `board`: leader moves leave the board as it is, so a phase's calls share them.
   */
  board: readonly RegionState[] | null;
  near: number[];
  risk: number[];
}

export function newScratch(n: number): Scratch {
  return {
    n,
    worth: new Float64Array(n),
    threat: new Float64Array(n),
    hostile: new Float64Array(n),
    pull: new Float64Array(n),
    revealed: new Float64Array(n),
    wanted: new Int32Array(n),
    board: null,
    near: new Array<number>(n).fill(-1),
    risk: new Array<number>(n).fill(-1),
  };
}

export function expectedLosses(total: number): [number, number] {
  let a = 0;
  let d = 0;
  for (let roll = 1; roll <= 6; roll++) {
    const row = CRT[Math.max(1, Math.min(CRT.length, total + roll)) - 1]!;
    a += row[0];
    d += row[1];
  }
  return [a / 6, d / 6];
}

/** How much each side's worth leans on where it believes the leaders are. */
const DENSITY_WEIGHT = [10, 6, 0] as const;

/** `density`: expected leader value per region as the side believes it (null for Islamic State, which knows). */
export function features(g: Position, side: Side, density: Float64Array | null, tables: Tables, scratch: Scratch | null = null, options: FeatureOptions = {}): Features {
  const front = options.front === true;
  const rules = g.rules;
  const n = rules.ids.length;
  const s = sideIndex(side);
  const fixed = tables.worth[s];
  const buffers = scratch !== null && scratch.n === n ? scratch : newScratch(n);
  const worth = buffers.worth;
  for (let r = 0; r < n; r++) {
    let w = fixed.before[r]!;
    if (density) w += density[r]! * DENSITY_WEIGHT[s];
    worth[r] = w + fixed.after[r]!;
  }
  // Islamic State guards the regions its own leaders are in (it alone sees them at large).
  const revealed = buffers.revealed;
  revealed.fill(0);
  let anyRevealed = false;
  for (let li = 0; li < g.leaders.length; li++) {
    const l = g.leaders[li]!;
    if (s === 2 && l.status === 'atLarge') worth[rules.index.get(l.at)!]! += 5;
    const at = revealedAt(l);
    if (at !== null) {
      revealed[rules.index.get(at)!]! += rules.scenario.leaders[li]!.value;
      anyRevealed = true;
    }
  }
  const regions = g.regions;
  // Hostile strength in each region, then in and next to it.
  const threat = buffers.threat;
  const hostile = buffers.hostile;
  for (let r = 0; r < n; r++) {
    const u = regions[r]!.units;
    hostile[r] = s === 2 ? u[0] + u[1] : u[2];
  }
  for (let r = 0; r < n; r++) {
    let t = hostile[r]!;
    const around = rules.adjacent[r]!;
    for (let k = 0; k < around.length; k++) t += hostile[around[k]!]!;
    threat[r] = t;
  }
  // Targets: regions others hold (for Islamic State, its threatened ones).
  const wanted = buffers.wanted;
  let count = 0;
  const barred = tables.barred[s];
  for (let t = 0; t < n; t++) if (s === 2 ? threat[t]! > 0 : regions[t]!.control !== side && !(front && barred[t])) wanted[count++] = t;
  const fade = tables.fade[s];
  const pull = buffers.pull;
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let k = 0; k < count; k++) {
      const t = wanted[k]!;
      const v = worth[t]! / fade[r * n + t]!;
      if (v > best) best = v;
    }
    pull[r] = best;
  }
  return { rules, side, s, worth, threat, pull, revealed, anyRevealed, front };
}

/** Expected value of an attack to the attacker, in worth units, from its odds (null: nothing to attack). */
export function attackValue(f: Features, to: number, odds: CombatOdds | null): number {
  if (!odds) return -Infinity;
  const [att, def] = expectedLosses(odds.total);
  const lossWeight = f.side === 'islamicState' ? 1.4 : 1.1;
  return odds.takeChance * (f.worth[to]! + 1) + 0.8 * Math.min(def, odds.defendStrength) - lossWeight * Math.min(att, odds.attackStrength);
}
