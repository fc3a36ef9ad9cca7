import type { Scenario, Side, SideDef } from './scenario';
import { SIDES } from './scenario';

/** The map's topology, derived once per scenario object and cached. */
export interface Board {
  index: ReadonlyMap<string, number>;
  ids: readonly string[];
  /** Neighbour indexes of each region, in scenario link order. */
  adjacent: readonly (readonly number[])[];
  /** The Coalition's objective: also the centre of the noose. */
  center: number;
  hold: number;
  redoubts: readonly number[];
  valley: readonly number[];
  /** Base region indexes per side (Islamic State's are its redoubts, checked for control at use). */
  bases: readonly (readonly number[])[];
  leaderIndex: ReadonlyMap<string, number>;
  /** Per region: is it in the valley, a redoubt; per side, per region: a base of that side. */
  inValley: readonly boolean[];
  isRedoubt: readonly boolean[];
  isBase: readonly (readonly boolean[])[];
  /** Each side's scenario definition (the first one naming it), indexed like SIDES. */
  sideDefs: readonly (SideDef | undefined)[];
  /** The leaders' total value. */
  leaderValue: number;
}

const cache = new WeakMap<Scenario, Board>();
/** The last board asked for: nearly every call is for the same scenario. */
let lastScenario: Scenario | null = null;
let lastBoard: Board | null = null;

export function boardOf(scenario: Scenario): Board {
  if (scenario === lastScenario) return lastBoard!;
  let board = cache.get(scenario);
  if (!board) {
    board = buildBoard(scenario);
    cache.set(scenario, board);
  }
  lastScenario = scenario;
  lastBoard = board;
  return board;
}

function buildBoard(scenario: Scenario): Board {
  const ids = scenario.regions.map((r) => r.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const adjacent: number[][] = ids.map(() => []);
  for (const link of scenario.links) {
    const a = index.get(link.a);
    const b = index.get(link.b);
    if (a === undefined || b === undefined || a === b) continue;
    if (!adjacent[a]!.includes(b)) adjacent[a]!.push(b);
    if (!adjacent[b]!.includes(a)) adjacent[b]!.push(a);
  }
  const at = (id: string): number => index.get(id) ?? -1;
  const redoubts = scenario.regions.flatMap((r, i) => (r.redoubt ? [i] : []));
  const bases = SIDES.map((side: Side) => {
    if (side === 'islamicState') return redoubts;
    const def = scenario.sides.find((s) => s.side === side);
    return (def?.bases ?? []).map(at).filter((i) => i >= 0);
  });
  const valley = scenario.regions.flatMap((r, i) => (r.valley ? [i] : []));
  return {
    index,
    ids,
    adjacent,
    center: at(scenario.objectives.capture),
    hold: at(scenario.objectives.hold),
    redoubts,
    valley,
    bases,
    leaderIndex: new Map(scenario.leaders.map((l, i) => [l.id, i] as const)),
    inValley: ids.map((_, i) => valley.includes(i)),
    isRedoubt: ids.map((_, i) => redoubts.includes(i)),
    isBase: bases.map((b) => ids.map((_, i) => b.includes(i))),
    sideDefs: SIDES.map((side) => scenario.sides.find((s) => s.side === side)),
    leaderValue: scenario.leaders.reduce((sum, l) => sum + l.value, 0),
  };
}

export function sideIndex(side: Side): 0 | 1 | 2 {
  return side === 'coalition' ? 0 : side === 'regime' ? 1 : 2;
}

export function areAdjacent(board: Board, a: number, b: number): boolean {
  return board.adjacent[a]!.includes(b);
}

/** Coalition and Regime both fight Islamic State but never each other. */
export function hostile(a: Side, b: Side): boolean {
  return a !== b && (a === 'islamicState' || b === 'islamicState');
}
