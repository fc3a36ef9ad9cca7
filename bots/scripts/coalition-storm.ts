/**
 * Coalition, storm: masses on the bases next to Raqqa, air-strikes the
 * garrison it faces, storms wherever the odds of taking the region are at
 * least even, raids what its overruns turn up, and never searches or
 * watches. The first script: brute force against the noose's centre.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, march, ofType, script, storm, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

/** The Islamic State region the storm goes for next: Raqqa, then whatever it holds nearest Raqqa. */
function objective(obs: Observation): number {
  const { center, adjacent } = obs.rules;
  if (obs.regions[center]!.control !== 'coalition') return center;
  const next = adjacent[center]!.find((r) => obs.regions[r]!.control === 'islamicState');
  return next ?? center;
}

/** Coalition strength next to region `r`. */
const massAround = (obs: Observation, r: number) => obs.rules.adjacent[r]!.reduce((n, a) => n + unitsOf(obs, 'coalition', a), 0);

export default function createBot(context: BotContext) {
  return script(context, 'coalition', [
    first('raid'),
    storm(0.5),
    // Suppress the objective (air support for the storm), then mass, then bomb it again.
    (obs, legal) => first('airStrike', (r) => r === objective(obs) && obs.regions[r]!.suppressedBy !== 'coalition')(obs, legal),
    // Reinforce the base that stands next to the objective, the biggest stack first.
    (obs, legal) =>
      best(
        ofType(legal, 'reinforce').filter((a) => obs.rules.adjacent[at(obs, a.region)]!.includes(objective(obs))),
        (a) => unitsOf(obs, 'coalition', at(obs, a.region)),
      ),
    (obs, legal) => march(objective(obs))(obs, legal),
    (obs, legal) => first('airStrike', (r) => r === objective(obs))(obs, legal),
    // Nothing else to do: keep the bombs falling where the mass stands.
    (obs, legal) => best(ofType(legal, 'airStrike'), (a) => massAround(obs, at(obs, a.target)), 0),
  ]);
}
