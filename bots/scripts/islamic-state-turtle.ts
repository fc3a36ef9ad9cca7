/**
 * Islamic State, turtle: the leaders never leave Raqqa, and Raqqa gets every
 * fighter that can reach it: the garrison of Maadan next door, then the
 * pool where it can muster. Never attacks. It tests whether the hunters
 * punish a leadership sitting still where everyone saw it last (reports grow
 * likelier with every week in place, §6.6).
 */
import type { BotContext } from '../../src/ai/bot';
import { at, first, ofType, script, unitsOf } from '../tactics';

export default function createBot(context: BotContext) {
  return script(
    context,
    'islamicState',
    [
      (obs, legal) => ofType(legal, 'move').find((m) => at(obs, m.to) === obs.rules.center && m.strength === unitsOf(obs, 'islamicState', at(obs, m.from))) ?? null,
      (obs, legal) => first('fortify', (r) => r === obs.rules.center)(obs, legal),
      (obs, legal) => first('reinforce', (r) => obs.rules.adjacent[obs.rules.center]!.includes(r))(obs, legal),
      first('reinforce'),
    ],
    // No leader rule: every leader stays where it is.
    [],
  );
}
