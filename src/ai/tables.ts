import { distanceBetween, type Ruleset } from '../rules';

/** The parts of each region's worth to one side that never change in a game: before the leader beliefs are added, and after. */
export interface StaticWorth {
  before: Float64Array;
  after: Float64Array;
}

/**
 * What a bot works out once per map and keeps on itself: how a target's pull
 * fades with distance, and each side's fixed worth of each region. Bots
 * rebuild their tables when shown another ruleset (`tablesFor`), so nothing
 * is cached at module level.
 */
export interface Tables {
  rules: Ruleset;
  /**
   * Indexed like SIDES: fade[s][a * n + b] = 1 + 1.5 * links on the ground side
   * `s` may cross (never an ally's objective or bases, §1.5), Infinity where
   * that ground never leads: a target's pull is its worth divided by this.
   */
  fade: readonly [Float64Array, Float64Array, Float64Array];
  /** Indexed like SIDES. */
  worth: readonly [StaticWorth, StaticWorth, StaticWorth];
  /** Indexed like SIDES: 1 where the side may never move or attack (its ally's objective and bases, §1.5). */
  barred: readonly [Uint8Array, Uint8Array, Uint8Array];
}

/** The cached tables if they were built for these rules, else fresh ones. */
export function tablesFor(rules: Ruleset, cached: Tables | null): Tables {
  return cached !== null && cached.rules === rules ? cached : buildTables(rules);
}

export function buildTables(rules: Ruleset): Tables {
  const barred = [barredFor(rules, 0), barredFor(rules, 1), barredFor(rules, 2)] as const;
  const fade = [fadeFor(rules, barred[0]), fadeFor(rules, barred[1]), fadeFor(rules, barred[2])] as const;
  return { rules, fade, worth: [staticWorth(rules, 0), staticWorth(rules, 1), staticWorth(rules, 2)], barred };
}

/** Where side `s` may never move or attack: its ally's objective and bases (§1.5). Islamic State has no ally. */
function barredFor(rules: Ruleset, s: 0 | 1 | 2): Uint8Array {
  const n = rules.ids.length;
  const barred = new Uint8Array(n);
  if (s === 2) return barred;
  const ally = s === 0 ? 1 : 0;
  const objective = ally === 0 ? rules.center : rules.hold;
  for (let r = 0; r < n; r++) if (rules.isBase[ally]![r] || r === objective) barred[r] = 1;
  return barred;
}

/**
 * Links between regions over ground the side may enter, by breadth-first search
 * from each region. A Regime stack whose shortest road to Deir el-Zour runs
 * through the Coalition's bases and Raqqa would otherwise march up to them and
 * wait there all game.
 */
function fadeFor(rules: Ruleset, barred: Uint8Array): Float64Array {
  const n = rules.ids.length;
  const fade = new Float64Array(n * n).fill(Infinity);
  const queue = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const hops = new Int32Array(n).fill(-1);
    hops[a] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = a;
    while (head < tail) {
      const r = queue[head++]!;
      fade[a * n + r] = 1 + 1.5 * hops[r]!;
      // A barred region may be a target's own square in the reckoning (it is never wanted), never a way through.
      if (barred[r] && r !== a) continue;
      for (const next of rules.adjacent[r]!) {
        if (hops[next]! >= 0) continue;
        hops[next] = hops[r]! + 1;
        queue[tail++] = next;
      }
    }
  }
  return fade;
}

function staticWorth(rules: Ruleset, s: 0 | 1 | 2): StaticWorth {
  const n = rules.ids.length;
  // The noose: the exits from the Coalition's objective.
  const exits = rules.center >= 0 ? rules.adjacent[rules.center]! : [];
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const valley = rules.inValley[r]!;
    const redoubt = rules.isRedoubt[r]!;
    let w = 1;
    let late = 0;
    if (s === 0) {
      if (r === rules.center) w = 12;
      else if (exits.includes(r)) w = 5;
      else if (valley) w = 2;
    } else if (s === 1) {
      if (r === rules.hold) w = 14;
      else if (valley) w = 5;
      else if (redoubt) w = 2;
      // The road to the objective matters on its own.
      late += 4 / (1 + distanceBetween(rules, r, rules.hold));
    } else {
      if (r === rules.center) w = 8;
      else if (redoubt) w = 5;
      else if (valley) w = 3;
      if (r === rules.hold) w += 3;
    }
    if (s !== 2 && rules.isBase[s]![r]) late += 2;
    before[r] = w;
    after[r] = late;
  }
  return { before, after };
}
