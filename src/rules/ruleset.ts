import { addDays } from './calendar';
import { canonicalJson, digest } from './hash';
import { SIDES, type Scenario, type Side, type SideDef } from './scenario';

/**
 * A scenario processed once for play: ids to indexes, the links as
 * neighbour lists, distances, the special regions, each side's definition and
 * the turns' dates. `newGame` builds it and every state of the game carries
 * the same one (as boardgame.io's ProcessGameConfig), so no rule rebuilds or
 * caches anything.
 */
export interface Ruleset {
  scenario: Scenario;
  /** Fingerprint of the scenario, for state hashes. */
  digest: string;
  index: ReadonlyMap<string, number>;
  ids: readonly string[];
  /** Neighbour indexes of each region, in scenario link order. */
  adjacent: readonly (readonly number[])[];
  /** Links between two regions, `distance[a * n + b]` (n * n when cut off). */
  distance: readonly number[];
  /** The Coalition's objective: also the centre of the noose. */
  center: number;
  /** The Regime's objective. */
  hold: number;
  redoubts: readonly number[];
  valley: readonly number[];
  /** Base region indexes per side (Islamic State's are its redoubts, checked for control at use). */
  bases: readonly (readonly number[])[];
  leaderIndex: ReadonlyMap<string, number>;
  inValley: readonly boolean[];
  isRedoubt: readonly boolean[];
  /** isBase[side][region]. */
  isBase: readonly (readonly boolean[])[];
  /** Each side's scenario definition (the first one naming it), indexed like SIDES. */
  sideDefs: readonly (SideDef | undefined)[];
  /** The leaders' total value. */
  leaderValue: number;
  /** The ISO date of each turn (index = turn; 0 is the setup). */
  dates: readonly string[];
}

/** Processes a scenario the engine has already checked (`parseScenario`). */
export function buildRules(scenario: Scenario): Ruleset {
  const ids = scenario.regions.map((r) => r.id);
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const adjacent: number[][] = ids.map(() => []);
  for (const link of scenario.links) {
    const a = index.get(link.a);
    const b = index.get(link.b);
    if (a === undefined || b === undefined || a === b) continue;
    if (!adjacent[a]!.includes(b)) adjacent[a]!.push(b);
    if (!adjacent[b]!.includes(a)) adjacent[b]!.push(a);
  }
  const distance = new Array<number>(n * n).fill(n * n);
  for (let s = 0; s < n; s++) {
    distance[s * n + s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const a = queue[q]!;
      for (const b of adjacent[a]!) {
        if (distance[s * n + b]! > distance[s * n + a]! + 1) {
          distance[s * n + b] = distance[s * n + a]! + 1;
          queue.push(b);
        }
      }
    }
  }
  const at = (id: string): number => index.get(id) ?? -1;
  const redoubts = scenario.regions.flatMap((r, i) => (r.redoubt ? [i] : []));
  const valley = scenario.regions.flatMap((r, i) => (r.valley ? [i] : []));
  const sideDefs = SIDES.map((side) => scenario.sides.find((s) => s.side === side));
  const bases = SIDES.map((side, k) => (side === 'islamicState' ? redoubts : (sideDefs[k]?.bases ?? []).map(at).filter((i) => i >= 0)));
  const dates: string[] = [scenario.startDate];
  for (let t = 1; t <= scenario.turns; t++) dates.push(addDays(scenario.startDate, 7 * (t - 1)));
  return {
    scenario,
    digest: digest(canonicalJson(scenario)),
    index,
    ids,
    adjacent,
    distance,
    center: at(scenario.objectives.capture),
    hold: at(scenario.objectives.hold),
    redoubts,
    valley,
    bases,
    leaderIndex: new Map(scenario.leaders.map((l, i) => [l.id, i] as const)),
    inValley: ids.map((_, i) => valley.includes(i)),
    isRedoubt: ids.map((_, i) => redoubts.includes(i)),
    isBase: bases.map((b) => ids.map((_, i) => b.includes(i))),
    sideDefs,
    leaderValue: scenario.leaders.reduce((sum, l) => sum + l.value, 0),
    dates,
  };
}

export function sideIndex(side: Side): 0 | 1 | 2 {
  return side === 'coalition' ? 0 : side === 'regime' ? 1 : 2;
}

/** Input from outside the type system (a file, the debug API) may name no side at all. */
export function isSide(value: unknown): value is Side {
  return value === 'coalition' || value === 'regime' || value === 'islamicState';
}

/** Coalition and Regime both fight Islamic State but never each other. */
export function hostile(a: Side, b: Side): boolean {
  return a !== b && (a === 'islamicState' || b === 'islamicState');
}

export function areAdjacent(rules: Ruleset, a: number, b: number): boolean {
  return rules.adjacent[a]!.includes(b);
}

export function distanceBetween(rules: Ruleset, a: number, b: number): number {
  return rules.distance[a * rules.ids.length + b]!;
}
