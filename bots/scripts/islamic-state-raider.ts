/**
 * Islamic State, the raider: takes the fight to the hunters. It attacks any
 * stack it has an even chance to wipe out, the best chance first, fills the
 * garrisons that can strike next, and runs its leaders to the held redoubt
 * nearest them by safe steps.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, distance, fly, ofType, script, storm, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

/** The redoubt Islamic State holds nearest leader `li` (where it stands when none is held). */
function refuge(li: number, obs: Observation): number {
  const l = obs.leaders[li]!;
  if (l.status !== 'atLarge') return -1;
  const here = at(obs, l.at);
  const held = obs.rules.redoubts.filter((r) => obs.regions[r]!.control === 'islamicState');
  return held.length ? held.reduce((a, b) => (distance(obs, here, b) < distance(obs, here, a) ? b : a)) : here;
}

/** Hunter stacks next to region `r`: targets for a garrison there. */
const targets = (obs: Observation, r: number) =>
  obs.rules.adjacent[r]!.filter((a) => unitsOf(obs, 'coalition', a) + unitsOf(obs, 'regime', a) > 0).length;

export default function createBot(context: BotContext) {
  return script(
    context,
    'islamicState',
    [storm(0.5), (obs, legal) => best(ofType(legal, 'reinforce'), (a) => targets(obs, at(obs, a.region)), 0), storm(0.25)],
    [fly(refuge)],
  );
}
