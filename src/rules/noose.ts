import { boardOf } from './board';
import type { Game } from './view';

export interface NooseExit {
  region: string;
  /** Closed when the Coalition holds the region: a leader leaving the centre that way risks the noose's interception roll. */
  closed: boolean;
}

/** The noose around the Coalition's objective: each exit from the centre, open or closed. */
export function nooseExits(game: Game): NooseExit[] {
  const board = boardOf(game.scenario);
  if (board.center < 0) return [];
  return board.adjacent[board.center]!.map((n) => ({ region: board.ids[n]!, closed: game.regions[n]!.control === 'coalition' }));
}
