/**
 * Coalition, rush: attacks at 1:1 or better wherever it can, at once and
 * every turn, reinforces the bases under fire and marches everything else on
 * Raqqa. No air strikes, no searches, no watches: it trades men for ground,
 * and takes the leaders its overruns turn up by raids.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, march, ofType, script, unitsOf } from '../tactics';

export default function createBot(context: BotContext) {
  return script(context, 'coalition', [
    first('raid'),
    // Any attack with at least as many men as the defender, the biggest edge first.
    (obs, legal) =>
      best(
        ofType(legal, 'attack'),
        (a) => unitsOf(obs, 'coalition', at(obs, a.from)) - unitsOf(obs, 'islamicState', at(obs, a.to)),
        -1,
      ),
    // Fresh men where they can attack next.
    (obs, legal) =>
      best(
        ofType(legal, 'reinforce'),
        (a) => obs.rules.adjacent[at(obs, a.region)]!.filter((r) => unitsOf(obs, 'islamicState', r) > 0).length,
        0,
      ),
    (obs, legal) => march(obs.rules.center)(obs, legal),
  ]);
}
