/**
 * Regime, the militias' war: never attacks itself. It parks big stacks next
 * to thin Islamic State garrisons, bombs them thinner, and lets the
 * Iran-backed militias storm what they are sure to take at upkeep (§8.2);
 * it walks into ground left empty, fills its stacks at the front, and raids
 * what turns up.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, distance, first, ofType, script, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

/** Islamic State's weakest garrison next to a Regime stack: where the militias could go next. */
function prey(obs: Observation): number {
  let top = -1;
  for (let r = 0; r < obs.regions.length; r++) {
    if (unitsOf(obs, 'islamicState', r) === 0 || !obs.rules.adjacent[r]!.some((a) => unitsOf(obs, 'regime', a) > 0)) continue;
    if (top < 0 || unitsOf(obs, 'islamicState', r) + obs.regions[r]!.fort < unitsOf(obs, 'islamicState', top) + obs.regions[top]!.fort) top = r;
  }
  return top;
}

export default function createBot(context: BotContext) {
  return script(context, 'regime', [
    first('raid'),
    (obs, legal) => best(ofType(legal, 'move').filter((m) => obs.regions[at(obs, m.to)]!.control === 'islamicState'), (m) => m.strength),
    (obs, legal) => first('airStrike', (r) => r === prey(obs))(obs, legal),
    (obs, legal) => best(ofType(legal, 'reinforce'), (a) => (obs.rules.adjacent[at(obs, a.region)]!.includes(prey(obs)) ? 1 : 0), 0),
    // Spare stacks close in on the prey.
    (obs, legal) => {
      const target = prey(obs);
      if (target < 0) return null;
      return best(ofType(legal, 'move').filter((m) => distance(obs, at(obs, m.to), target) < distance(obs, at(obs, m.from), target) && m.strength === unitsOf(obs, 'regime', at(obs, m.from))), (m) => m.strength);
    },
    first('reinforce'),
  ]);
}
