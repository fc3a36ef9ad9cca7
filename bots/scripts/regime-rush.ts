/**
 * Regime, rush: attacks at 1:1 or better wherever it can, every turn,
 * reinforces where the fighting is, and marches its spare stacks on Deir
 * el-Zour. No air strikes, searches or watches: it spends its men on ground.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, march, ofType, script, unitsOf } from '../tactics';

export default function createBot(context: BotContext) {
  return script(context, 'regime', [
    first('raid'),
    (obs, legal) =>
      best(
        ofType(legal, 'attack'),
        (a) => unitsOf(obs, 'regime', at(obs, a.from)) - unitsOf(obs, 'islamicState', at(obs, a.to)),
        -1,
      ),
    (obs, legal) =>
      best(
        ofType(legal, 'reinforce'),
        (a) => obs.rules.adjacent[at(obs, a.region)]!.filter((r) => unitsOf(obs, 'islamicState', r) > 0).length,
        0,
      ),
    (obs, legal) => march(obs.rules.hold)(obs, legal),
  ]);
}
