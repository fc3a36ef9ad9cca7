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
  /** fade[a * n + b] = 1 + 1.5 * links: a target's pull is its worth divided by this. */
  fade: Float64Array;
  /** Indexed like SIDES. */
  worth: readonly [StaticWorth, StaticWorth, StaticWorth];
}

/** The cached tables if they were built for these rules, else fresh ones. */
export function tablesFor(rules: Ruleset, cached: Tables | null): Tables {
  return cached !== null && cached.rules === rules ? cached : buildTables(rules);
}

export function buildTables(rules: Ruleset): Tables {
  const n = rules.ids.length;
  const fade = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) fade[k] = 1 + 1.5 * rules.distance[k]!;
  return { rules, fade, worth: [staticWorth(rules, 0), staticWorth(rules, 1), staticWorth(rules, 2)] };
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
