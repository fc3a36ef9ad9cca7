import { apply, check, legalActions, type Action, type GameState, type GameView, type Side } from '../rules';
import { determinize, leaderDensity } from './belief';
import type { Bot, BotOptions } from './bot';
import { evaluate } from './evaluate';
import { features } from './features';
import { greedyChoice, scoreAction } from './greedy';
import type { BotRng } from './rng';

/** Iterations per decision at the default level: keeps a decision well under 250 ms. */
export const DEFAULT_ITERATIONS = 300;
/** Candidate actions kept per tree node, best first by the greedy heuristic (plus ending the phase). */
const WIDTH = 7;
const EXPLORE = 0.35;

interface Node {
  action: Action | null;
  /** Candidate moves, fixed at the node's first visit; each checked for legality in every determinization. */
  children: Node[] | null;
  visits: number;
  /** Times this node was legal when its parent was selected from (ISMCTS availability). */
  available: number;
  total: number;
}

const newNode = (action: Action | null): Node => ({ action, children: null, visits: 0, available: 0, total: 0 });

/**
 * Information-set Monte Carlo tree search over the side's own phase: each
 * iteration samples hidden leader positions consistent with the view and fresh
 * dice, walks the tree of the side's actions (open loop: states are replayed,
 * not stored), finishes the phase with the greedy policy and scores the result
 * with `evaluate`. The move played is the most visited one.
 */
export class SearchBot implements Bot {
  readonly level = 'search' as const;
  private readonly iterations: number;
  private readonly ms: number | undefined;
  /** Iterations run by the last decision (for benchmarks). */
  lastIterations = 0;

  constructor(
    readonly side: Side,
    private readonly rng: BotRng,
    options: BotOptions = {},
  ) {
    this.iterations = options.iterations ?? DEFAULT_ITERATIONS;
    this.ms = options.ms;
    this.round = options.horizon ? options.horizon === 'round' : side !== 'coalition';
  }
  /** Play out every side until this side's next phase (else only to the end of its own phase). */
  private readonly round: boolean;

  choose(v: GameView): Action {
    const legal = legalActions(v, this.side);
    if (legal.length <= 1) return legal[0] ?? { type: 'endPhase', side: this.side };
    // Secret leader moves follow the greedy flight plan: a short-horizon search
    // cannot see the payoff of a redoubt weeks away.
    if (v.phase === 'leaders') return greedyChoice(v, this.side, this.rng);
    const root = newNode(null);
    root.children = candidates(v, this.side, legal, this.rng);
    if (root.children.length === 1) return root.children[0]!.action!;
    const deadline = this.ms === undefined ? Infinity : performance.now() + this.ms;
    let i = 0;
    for (; i < this.iterations || (this.ms !== undefined && i < 1); i++) {
      if (this.ms !== undefined && (i & 15) === 0 && performance.now() > deadline) break;
      this.iterate(v, root);
    }
    this.lastIterations = i;
    let best = root.children[0]!;
    for (const c of root.children) {
      if (c.visits > best.visits || (c.visits === best.visits && c.total / (c.visits || 1) > best.total / (best.visits || 1))) best = c;
    }
    return best.action!;
  }

  private iterate(v: GameView, root: Node): void {
    let state: GameState = determinize(v, this.rng);
    const phase = v.phase;
    const turn = v.turn;
    const mine = () => state.phase === phase && state.turn === turn && state.active === this.side;
    const path: Node[] = [root];
    let node = root;
    while (mine()) {
      if (!node.children) {
        node.children = candidates(state, this.side, legalActions(state, this.side), this.rng);
      }
      const child = this.select(node, state);
      if (!child) break;
      const next = apply(state, child.action!);
      if (!next.ok) break;
      state = next.state;
      path.push(child);
      node = child;
      if (child.visits === 0) break;
    }
    // Finish the phase with the greedy policy, then let every side answer with
    // it until this side's next phase: the heuristic playout.
    let guard = 0;
    let left = false;
    while (state.phase !== 'over' && guard++ < 200) {
      const ours = state.active === this.side && state.phase === phase;
      if (ours && left) break;
      if (!ours) {
        left = true;
        if (!this.round) break;
      }
      const a = greedyChoice(state as unknown as GameView, state.active, this.rng, 0.02);
      const next = apply(state, a);
      if (!next.ok) break;
      state = next.state;
    }
    const value = evaluate(state, this.side);
    for (const n of path) {
      n.visits++;
      n.total += value;
    }
  }

  private select(node: Node, state: GameState): Node | null {
    let best: Node | null = null;
    let bestScore = -Infinity;
    const open: Node[] = [];
    for (const c of node.children!) {
      if (check(state, c.action!) !== null) continue;
      c.available++;
      if (c.visits === 0) open.push(c);
      else if (open.length === 0) {
        const ucb = c.total / c.visits + EXPLORE * Math.sqrt(Math.log(c.available) / c.visits);
        if (ucb > bestScore) {
          bestScore = ucb;
          best = c;
        }
      }
    }
    // Unvisited children come first, in heuristic order.
    return open[0] ?? best;
  }
}

/** The greedy heuristic's best few actions, and always ending the phase. */
function candidates(g: GameState | GameView, side: Side, legal: Action[], rng: BotRng): Node[] {
  if (g.phase === 'leaders') return legal.map(newNode);
  const density = side === 'islamicState' ? null : leaderDensity(g as GameView);
  const f = features(g, side, density);
  const scored = legal
    .filter((a) => a.type !== 'endPhase')
    .map((a) => ({ a, s: scoreAction(g, f, a, density) + 0.001 * rng.next() }))
    .sort((x, y) => y.s - x.s)
    .slice(0, WIDTH);
  const end: Action = { type: 'endPhase', side };
  const nodes = scored.map((x) => newNode(x.a));
  // Ending the phase goes where the greedy rule would put it among the candidates.
  const at = scored.findIndex((x) => x.s <= 0);
  nodes.splice(at < 0 ? nodes.length : at, 0, newNode(end));
  return nodes;
}
