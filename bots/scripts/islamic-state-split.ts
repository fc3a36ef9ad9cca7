/**
 * Islamic State, leader split: half the leadership to Maadan, half
 * (al-Baghdadi with them) to Mayadin, by safe steps only; its pool and its
 * fortifications go into those two redoubts, and it never attacks. The
 * issue's Islamic State script, the one greedy hunters could not crack.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, fly, ofType, script, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

/** The two redoubts, leader by leader: even-numbered ones to Mayadin, odd ones to Maadan. */
const goal = (leader: number, obs: Observation) => at(obs, leader % 2 === 0 ? 'mayadin' : 'maadan');
const isGoal = (obs: Observation, r: number) => r === at(obs, 'mayadin') || r === at(obs, 'maadan');

export default function createBot(context: BotContext) {
  return script(
    context,
    'islamicState',
    [
      // The thinner of the two gets the next fighter; then both are dug in.
      (obs, legal) => best(ofType(legal, 'reinforce').filter((a) => isGoal(obs, at(obs, a.region))), (a) => -unitsOf(obs, 'islamicState', at(obs, a.region))),
      (obs, legal) => first('fortify', (r) => isGoal(obs, r))(obs, legal),
    ],
    [fly(goal)],
  );
}
