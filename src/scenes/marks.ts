import { canSee, type GameEvent, type Ruleset, type Side } from '../rules';

/** Where an action took place on the board: an arrow from one region to another, or a ring when both are the same. */
export interface Mark {
  from: number;
  to: number;
  side: Side;
}

/**
 * The mark for an action, read from the events it produced that `viewer` may
 * see (so bots play visibly): moves and attacks draw an arrow; strikes,
 * searches, fortifications, reinforcements, watches and raids a ring.
 * Deconfliction is no region's and goes unmarked. Leader moves are secret
 * events and are never marked for another side.
 */
export function markOf(events: readonly GameEvent[], viewer: Side, rules: Ruleset): Mark | null {
  const at = (id: string) => rules.index.get(id) ?? -1;
  const ring = (id: string, side: Side) => ({ from: at(id), to: at(id), side });
  for (const e of events) {
    if (!canSee(e, viewer)) continue;
    switch (e.type) {
      case 'moved':
      case 'attacked':
        return { from: at(e.from), to: at(e.to), side: e.side };
      case 'airStruck':
        return ring(e.target, e.side);
      case 'searched':
      case 'fortified':
      case 'reinforced':
      case 'watched':
      case 'raided':
        return ring(e.region, e.side);
      default:
        continue;
    }
  }
  return null;
}
