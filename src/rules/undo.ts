import type { GameEvent } from './events';
import { sizeOf } from './history';
import type { GameState } from './state';

/**
 * A player may take back an action within their own phase when it rolled no
 * dice, changed no phase and brought nothing hidden to light (a capture or a
 * reveal): taking it back must never let a player probe for secrets.
 */
export function canUndo(before: GameState, after: GameState, events: readonly GameEvent[]): boolean {
  return (
    sizeOf(after.actions) === sizeOf(before.actions) + 1 &&
    before.phase === after.phase &&
    before.active === after.active &&
    before.turn === after.turn &&
    before.rng === after.rng &&
    after.phase !== 'over' &&
    !events.some((e) => e.type === 'leaderCaptured' || e.type === 'leaderRevealed' || e.type === 'leaderSighted')
  );
}
