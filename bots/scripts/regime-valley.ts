/**
 * Regime, the valley: leaves the objective for last and grabs valley towns
 * (a point of margin each) from the south, Palmyra → Abu Kamal → Al-Qaim
 * and Mayadin → Deir el-Zour, storming at even odds or better behind air
 * strikes and reinforcing in each town it takes (its militias muster there).
 * Never searches; raids what its overruns turn up.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, best, first, march, ofType, script, storm, unitsOf } from '../tactics';
import type { Observation } from '../../src/rules';

const ORDER = ['abu-kamal', 'al-qaim', 'mayadin', 'deir-ez-zor', 'maadan'];

/** The first valley town in ORDER the Regime does not hold. */
function next(obs: Observation): number {
  return ORDER.map((id) => at(obs, id)).find((r) => r >= 0 && obs.regions[r]!.control !== 'regime') ?? obs.rules.hold;
}

export default function createBot(context: BotContext) {
  return script(context, 'regime', [
    first('raid'),
    (obs, legal) => storm(0.5, (r) => obs.rules.inValley[r]!)(obs, legal),
    (obs, legal) => first('airStrike', (r) => r === next(obs) && obs.regions[r]!.suppressedBy !== 'regime')(obs, legal),
    // Fill the stack next to the next town, else any town held.
    (obs, legal) =>
      best(
        ofType(legal, 'reinforce'),
        (a) => (obs.rules.adjacent[at(obs, a.region)]!.includes(next(obs)) ? 10 : 0) + unitsOf(obs, 'regime', at(obs, a.region)),
      ),
    (obs, legal) => march(next(obs))(obs, legal),
    (obs, legal) => first('airStrike', (r) => r === next(obs))(obs, legal),
  ]);
}
