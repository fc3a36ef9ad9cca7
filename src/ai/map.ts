import { boardOf, type Board, type Scenario } from '../rules';

/** What bots precompute once per scenario: the board and all shortest link distances. */
export interface BotMap {
  board: Board;
  n: number;
  /** dist[a * n + b]: links between a and b (n*n when unreachable). */
  dist: Int32Array;
  /** Regions next to the noose centre. */
  exits: readonly number[];
  isRedoubt: readonly boolean[];
  isValley: readonly boolean[];
  /** isBase[side][region], sides indexed like SIDES (Islamic State's bases are its redoubts). */
  isBase: readonly (readonly boolean[])[];
  /** fade[a * n + b] = 1 + 1.5 * links: a target's pull is its worth divided by this. */
  fade: Float64Array;
}

const cache = new WeakMap<Scenario, BotMap>();

export function mapOf(scenario: Scenario): BotMap {
  let m = cache.get(scenario);
  if (!m) {
    m = build(scenario);
    cache.set(scenario, m);
  }
  return m;
}

function build(scenario: Scenario): BotMap {
  const board = boardOf(scenario);
  const n = board.ids.length;
  const dist = new Int32Array(n * n).fill(n * n);
  for (let s = 0; s < n; s++) {
    dist[s * n + s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const a = queue[q]!;
      for (const b of board.adjacent[a]!) {
        if (dist[s * n + b]! > dist[s * n + a]! + 1) {
          dist[s * n + b] = dist[s * n + a]! + 1;
          queue.push(b);
        }
      }
    }
  }
  const isRedoubt = scenario.regions.map((r) => r.redoubt);
  const isValley = scenario.regions.map((r) => r.valley);
  const exits = board.center >= 0 ? board.adjacent[board.center]! : [];
  const fade = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) fade[k] = 1 + 1.5 * dist[k]!;
  const isBase = board.bases.map((bases) => Array.from({ length: n }, (_, r) => bases.includes(r)));
  return { board, n, dist, exits, isRedoubt, isValley, isBase, fade };
}

export function distance(m: BotMap, a: number, b: number): number {
  return m.dist[a * m.n + b]!;
}
