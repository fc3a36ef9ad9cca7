import { CRT, sideIndex, type CombatOdds, type Game, type Side } from '../rules';
import { mapOf, type BotMap } from './map';

/** Per-decision numbers a heuristic reads: computed once per view, shared by every candidate action. */
export interface Features {
  m: BotMap;
  side: Side;
  s: 0 | 1 | 2;
  /** What each region is worth to `side`. */
  worth: Float64Array;
  /** Hostile strength in and next to each region. */
  threat: Float64Array;
  /** Worth of the side's best targets, discounted by distance: units flow up this gradient. */
  pull: Float64Array;
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

/** The parts of each region's worth that never change in a game: [before leader beliefs, after them], per side. */
interface StaticWorth {
  before: Float64Array;
  after: Float64Array;
}

const staticCache = new WeakMap<BotMap, StaticWorth[]>();

function staticWorth(m: BotMap, s: 0 | 1 | 2): StaticWorth {
  let all = staticCache.get(m);
  if (!all) {
    all = [0, 1, 2].map((k) => buildStaticWorth(m, k as 0 | 1 | 2));
    staticCache.set(m, all);
  }
  return all[s]!;
}

function buildStaticWorth(m: BotMap, s: 0 | 1 | 2): StaticWorth {
  const { board, n } = m;
  const before = new Float64Array(n);
  const after = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const valley = m.isValley[r]!;
    const redoubt = m.isRedoubt[r]!;
    let w = 1;
    let late = 0;
    if (s === 0) {
      if (r === board.center) w = 12;
      else if (m.exits.includes(r)) w = 5;
      else if (valley) w = 2;
    } else if (s === 1) {
      if (r === board.hold) w = 14;
      else if (valley) w = 5;
      else if (redoubt) w = 2;
      // The road to the objective matters on its own.
      late += 4 / (1 + m.dist[r * n + board.hold]!);
    } else {
      if (r === board.center) w = 8;
      else if (redoubt) w = 5;
      else if (valley) w = 3;
      if (r === board.hold) w += 3;
    }
    if (s !== 2 && board.bases[s]!.includes(r)) late += 2;
    before[r] = w;
    after[r] = late;
  }
  return { before, after };
}

/** How much each side's worth leans on where it believes the leaders are. */
const DENSITY_WEIGHT = [10, 6, 0] as const;

export function features(g: Game, side: Side, density: Float64Array | null): Features {
  const m = mapOf(g.scenario);
  const { board, n } = m;
  const s = sideIndex(side);
  const fixed = staticWorth(m, s);
  const worth = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let w = fixed.before[r]!;
    if (density) w += density[r]! * DENSITY_WEIGHT[s];
    worth[r] = w + fixed.after[r]!;
  }
  if (s === 2) {
    for (const l of g.leaders) if (l.status === 'atLarge' && l.at !== null) worth[board.index.get(l.at)!]! += 5;
  }
  const regions = g.regions;
  // Hostile strength in each region, then in and next to it.
  const threat = new Float64Array(n);
  const hostile = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const u = regions[r]!.units;
    hostile[r] = s === 2 ? u[0] + u[1] : u[2];
  }
  for (let r = 0; r < n; r++) {
    let t = hostile[r]!;
    for (const a of board.adjacent[r]!) t += hostile[a]!;
    threat[r] = t;
  }
  // Targets: regions others hold (for Islamic State, its threatened ones).
  const wanted: number[] = [];
  for (let t = 0; t < n; t++) if (s === 2 ? threat[t]! > 0 : regions[t]!.control !== side) wanted.push(t);
  const pull = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (const t of wanted) {
      const v = worth[t]! / m.fade[r * n + t]!;
      if (v > best) best = v;
    }
    pull[r] = best;
  }
  return { m, side, s, worth, threat, pull };
}

/** Expected value of an attack to the attacker, in worth units, from its odds (null: nothing to attack). */
export function attackValue(f: Features, to: number, odds: CombatOdds | null): number {
  if (!odds) return -Infinity;
  const [att, def] = expectedLosses(odds.total);
  const lossWeight = f.side === 'islamicState' ? 1.4 : 1.1;
  return odds.takeChance * (f.worth[to]! + 1) + 0.8 * Math.min(def, odds.defendStrength) - lossWeight * Math.min(att, odds.attackStrength);
}
