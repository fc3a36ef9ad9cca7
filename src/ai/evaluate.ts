import type { Position, Side } from '../rules';
import { logit, outlookFeatures } from './outlook';
import { OUTLOOK_WEIGHTS } from './outlook-weights';

/**
 * A side's prospects in a position, in [0, 1]: 1 a win, 0 a loss, and
 * between them the chance of winning that the fitted outlook model gives
 * (src/ai/outlook.ts; weights from `npm run fit-outlook`). Reads the leader
 * positions the position holds, so search calls it on the worlds it
 * resampled. `buffer` (FEATURE_COUNT long), when given, holds the features.
 */
export function evaluate(g: Position, side: Side, buffer?: Float64Array): number {
  if (g.result) return g.result.winner === side ? 1 : g.result.winner === null ? 0.4 : 0;
  return 1 / (1 + Math.exp(-logit(outlookFeatures(g, buffer), OUTLOOK_WEIGHTS[side])));
}
