/**
 * Coalition, sweep without search: takes ground wherever it is weakest, to
 * turn up the leaders hiding there (units taking a region find one, §4.7),
 * and raids them. Air strikes go on the thinnest garrison it could take
 * next, attacks at one chance in three or better; never searches or watches.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, ofType, script, storm, takeChance, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

/** A region Islamic State holds next to Coalition units: ground the sweep can take. */
const inReach = (obs: Observation, r: number) =>
  obs.regions[r]!.control === 'islamicState' && obs.rules.adjacent[r]!.some((a) => unitsOf(obs, 'coalition', a) > 0);

export default function createBot(context: BotContext) {
  return script(context, 'coalition', [
    first('raid'),
    // Walk into empty enemy ground first: it costs nothing and may turn up a leader.
    (obs, legal) => best(ofType(legal, 'move').filter((m) => obs.regions[at(obs, m.to)]!.control === 'islamicState'), (m) => -m.strength),
    storm(1 / 3),
    (obs, legal) => best(ofType(legal, 'airStrike').filter((a) => inReach(obs, at(obs, a.target))), (a) => -unitsOf(obs, 'islamicState', at(obs, a.target))),
    // Reinforce where the best attack would start.
    (obs, legal) => {
      const attack = best(ofType(legal, 'attack'), (a) => takeChance(obs, a));
      return attack ? (ofType(legal, 'reinforce').find((r) => r.region === attack.from) ?? null) : null;
    },
    first('reinforce'),
  ]);
}
