import { CRT, combatOdds, sideIndex, type Game, type Side } from '../rules';
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

export function hostileStrength(g: Game, side: Side, r: number): number {
  const u = g.regions[r]!.units;
  return side === 'islamicState' ? u[0] + u[1] : u[2];
}

export function features(g: Game, side: Side, density: Float64Array | null): Features {
  const m = mapOf(g.scenario);
  const { board, n } = m;
  const s = sideIndex(side);
  const worth = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const valley = m.isValley[r]!;
    const redoubt = m.isRedoubt[r]!;
    let w = 1;
    if (side === 'coalition') {
      if (r === board.center) w = 12;
      else if (m.exits.includes(r)) w = 5;
      else if (valley) w = 2;
      if (density) w += density[r]! * 10;
    } else if (side === 'regime') {
      if (r === board.hold) w = 14;
      else if (valley) w = 5;
      else if (redoubt) w = 2;
      if (density) w += density[r]! * 6;
      // The road to the objective matters on its own.
      w += 4 / (1 + m.dist[r * n + board.hold]!);
    } else {
      if (r === board.center) w = 8;
      else if (redoubt) w = 5;
      else if (valley) w = 3;
      if (r === board.hold) w += 3;
      for (const l of g.leaders) if (l.status === 'atLarge' && l.at !== null && board.index.get(l.at) === r) w += 5;
    }
    if (side !== 'islamicState' && board.bases[s]!.includes(r)) w += 2;
    worth[r] = w;
  }
  const threat = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let t = hostileStrength(g, side, r);
    for (const a of board.adjacent[r]!) t += hostileStrength(g, side, a);
    threat[r] = t;
  }
  const pull = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let t = 0; t < n; t++) {
      const ctl = g.regions[t]!.control;
      const wanted = side === 'islamicState' ? threat[t]! > 0 : ctl !== side;
      if (!wanted) continue;
      const v = worth[t]! / (1 + 1.5 * m.dist[r * n + t]!);
      if (v > best) best = v;
    }
    pull[r] = best;
  }
  return { m, side, s, worth, threat, pull };
}

/** Expected value of an attack to the attacker, in worth units. */
export function attackValue(g: Game, f: Features, from: number, to: number): number {
  const odds = combatOdds(g, f.side, from, to);
  if (!odds) return -Infinity;
  const [att, def] = expectedLosses(odds.total);
  const lossWeight = f.side === 'islamicState' ? 1.4 : 1.1;
  return odds.takeChance * (f.worth[to]! + 1) + 0.8 * Math.min(def, odds.defendStrength) - lossWeight * Math.min(att, odds.attackStrength);
}
