import type { Position } from './observe';

export interface NooseExit {
  region: string;
  /** Closed when the Coalition holds the region: a leader leaving the centre that way risks the noose's interception roll. */
  closed: boolean;
}

/** The noose around the Coalition's objective: each exit from the centre, open or closed. */
export function nooseExits(game: Position): NooseExit[] {
  const { center, adjacent, ids } = game.rules;
  if (center < 0) return [];
  return adjacent[center]!.map((n) => ({ region: ids[n]!, closed: game.regions[n]!.control === 'coalition' }));
}
