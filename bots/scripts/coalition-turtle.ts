/**
 * Coalition, turtle: never attacks or moves. It digs in on its bases, fills
 * them from its pool, watches Raqqa from next door (a leader sitting there
 * may be spotted, one leaving may be caught), raids what it spots, and
 * calms the Russians. The gauntlet's floor: a bot that loses to this is
 * broken.
 */
import type { BotContext } from '../../src/ai/bot';
import { first, script } from '../tactics';

export default function createBot(context: BotContext) {
  return script(context, 'coalition', [
    first('raid'),
    (obs, legal) => first('watch', (r) => r === obs.rules.center)(obs, legal),
    first('fortify'),
    first('reinforce'),
    (obs, legal) => (obs.escalation > 0 ? first('deconflict')(obs, legal) : null),
  ]);
}
