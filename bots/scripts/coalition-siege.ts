/**
 * Coalition, siege: hunts rather than fights. It searches where the rules'
 * filter of everything it has seen puts the most leader value (from next
 * door, where a search is likelier to succeed), watches the regions around
 * its stacks the leaders are believed in or next to, raids every find, wears
 * garrisons down from the air and storms only a sure thing (three chances
 * in four). The issue's answer to Islamic State's split-redoubt script.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, ofType, script, storm } from '../tactics';
import { Resampler, type Observation } from '../../src/rules';

/** Expected leader value in each region, by the rules' beliefs from what the Coalition has seen. */
function density(obs: Observation): number[] {
  const out = obs.rules.ids.map(() => 0);
  for (const b of new Resampler(obs).beliefs()) {
    const value = obs.rules.scenario.leaders[b.leader]!.value;
    b.regions.forEach((r, k) => (out[r]! += value * b.probs[k]!));
  }
  return out;
}

/** Believed leader value in and next to region `r`. */
const around = (obs: Observation, d: number[], r: number) => d[r]! + obs.rules.adjacent[r]!.reduce((n, a) => n + d[a]!, 0);

export default function createBot(context: BotContext) {
  return script(context, 'coalition', [
    first('raid'),
    storm(0.75),
    (obs, legal) => {
      const d = density(obs);
      return best(ofType(legal, 'search'), (a) => d[at(obs, a.region)]!, 0.3);
    },
    (obs, legal) => {
      const d = density(obs);
      return best(ofType(legal, 'watch'), (a) => around(obs, d, at(obs, a.region)), 0.3);
    },
    (obs, legal) => best(ofType(legal, 'airStrike'), (a) => (obs.rules.isRedoubt[at(obs, a.target)] || at(obs, a.target) === obs.rules.center ? 1 : 0), 0),
    (obs, legal) => best(ofType(legal, 'reinforce'), (a) => (obs.rules.adjacent[at(obs, a.region)]!.includes(obs.rules.center) ? 1 : 0), 0),
  ]);
}
