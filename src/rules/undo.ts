import type { GameState } from './state';
import { actionCount } from './view';

/**
 * A player may take back an action within their own phase when it rolled no
 * dice and changed no phase: nothing random or hidden was revealed by it.
 */
export function canUndo(before: GameState, after: GameState): boolean {
  return (
    actionCount(after) === actionCount(before) + 1 &&
    before.phase === after.phase &&
    before.active === after.active &&
    before.turn === after.turn &&
    sameRng(before, after) &&
    after.phase !== 'over'
  );
}

function sameRng(a: GameState, b: GameState): boolean {
  return a.rng.c === b.rng.c && a.rng.s0 === b.rng.s0 && a.rng.s1 === b.rng.s1 && a.rng.s2 === b.rng.s2;
}
