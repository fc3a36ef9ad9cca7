/**
 * Regime, turtle: never attacks or moves. It fortifies and fills its bases,
 * watches what lies next to them, raids what it spots and calls the
 * Americans when escalation climbs. A floor for the gauntlet: any real
 * Regime bot should beat it.
 */
import type { BotContext } from '../../src/ai/bot';
import { first, script } from '../tactics';

export default function createBot(context: BotContext) {
  return script(context, 'regime', [
    first('raid'),
    first('fortify'),
    first('reinforce'),
    first('watch'),
    (obs, legal) => (obs.escalation > 0 ? first('deconflict')(obs, legal) : null),
  ]);
}
