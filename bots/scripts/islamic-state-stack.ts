/**
 * Islamic State, leader stack: every leader to Mayadin, the deepest redoubt
 * in the valley, by safe steps; every fighter from its pool and every
 * fortification there, and the garrisons next door pulled in when Mayadin is
 * threatened. Never attacks. One basket, watched hard.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, first, fly, ofType, script, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

const home = (obs: Observation) => at(obs, 'mayadin');

/** Hunters' strength next to region `r`. */
const threat = (obs: Observation, r: number) =>
  obs.rules.adjacent[r]!.reduce((n, a) => n + unitsOf(obs, 'coalition', a) + unitsOf(obs, 'regime', a), 0);

export default function createBot(context: BotContext) {
  return script(
    context,
    'islamicState',
    [
      (obs, legal) => first('reinforce', (r) => r === home(obs))(obs, legal),
      (obs, legal) => first('fortify', (r) => r === home(obs))(obs, legal),
      (obs, legal) =>
        threat(obs, home(obs)) > unitsOf(obs, 'islamicState', home(obs))
          ? (ofType(legal, 'move').find((m) => at(obs, m.to) === home(obs) && m.strength === unitsOf(obs, 'islamicState', at(obs, m.from))) ?? null)
          : null,
      first('reinforce'),
    ],
    [fly((_, obs) => home(obs))],
  );
}
