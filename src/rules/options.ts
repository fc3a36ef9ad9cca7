import type { Action } from './actions';
import { legalActions } from './legality';
import type { Position } from './observe';
import type { Side } from './scenario';

/** What a side may do from one region, as the table offers it: chessground's `movable.dests`, per region. */
export interface RegionOptions {
  /** Regions the units here may move to, with the most strength each may take. */
  moves: ReadonlyMap<string, number>;
  /** Regions the units here may attack. */
  attacks: readonly string[];
  search: boolean;
  fortify: boolean;
  reinforce: boolean;
  airStrike: boolean;
  /** Overwatch of this region, and a raid on the revealed leaders in it. */
  watch: boolean;
  raid: boolean;
  /** Leaders here that may move, and where each may go. */
  leaders: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every region's options for `side`, read off `legalActions` (so the table
 * offers exactly what `apply` accepts). Regions with nothing to offer are left
 * out; deconfliction, which is no region's, is `legalActions`' own.
 */
export function regionOptions(g: Position, side: Side): ReadonlyMap<string, RegionOptions> {
  const out = new Map<string, Mutable>();
  const at = (id: string): Mutable => {
    let o = out.get(id);
    if (!o) out.set(id, (o = { moves: new Map(), attacks: [], search: false, fortify: false, reinforce: false, airStrike: false, watch: false, raid: false, leaders: new Map() }));
    return o;
  };
  for (const a of legalActions(g, side)) add(g, a, at);
  return out;
}

interface Mutable {
  moves: Map<string, number>;
  attacks: string[];
  search: boolean;
  fortify: boolean;
  reinforce: boolean;
  airStrike: boolean;
  watch: boolean;
  raid: boolean;
  leaders: Map<string, string[]>;
}

function add(g: Position, a: Action, at: (id: string) => Mutable): void {
  switch (a.type) {
    case 'move': {
      const o = at(a.from);
      o.moves.set(a.to, Math.max(o.moves.get(a.to) ?? 0, a.strength));
      return;
    }
    case 'attack':
      at(a.from).attacks.push(a.to);
      return;
    case 'search':
      at(a.region).search = true;
      return;
    case 'fortify':
      at(a.region).fortify = true;
      return;
    case 'reinforce':
      at(a.region).reinforce = true;
      return;
    case 'airStrike':
      at(a.target).airStrike = true;
      return;
    case 'watch':
      at(a.region).watch = true;
      return;
    case 'raid':
      at(a.region).raid = true;
      return;
    case 'moveLeader': {
      const l = g.leaders[g.rules.leaderIndex.get(a.leader)!]!;
      if (l.status !== 'atLarge') return;
      const o = at(l.at);
      const list = o.leaders.get(a.leader);
      if (list) list.push(a.to);
      else o.leaders.set(a.leader, [a.to]);
      return;
    }
    case 'deconflict':
    case 'endPhase':
      return;
  }
}

/** A region from which nothing may be done (made afresh: the rules keep no shared mutable objects). */
export function noOptions(): RegionOptions {
  return { moves: new Map(), attacks: [], search: false, fortify: false, reinforce: false, airStrike: false, watch: false, raid: false, leaders: new Map() };
}
