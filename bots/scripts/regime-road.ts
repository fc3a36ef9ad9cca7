/**
 * Regime, the road: Palmyra → Sukhnah → Deir el-Zour, and sit. It masses on
 * the base next to the next town on the road, suppresses and storms it at
 * even odds or better, and once it holds its objective it fills and
 * fortifies it and watches it, raiding whatever turns up there. The issue's
 * Regime script: the straight line to the objective.
 */
import type { BotContext } from '../../src/ai/bot';
import { at, first, march, script, storm } from '../tactics';
import type { Observation } from '../../src/rules';

const ROAD = ['palmyra', 'sukhnah', 'deir-ez-zor'];

/** The first town on the road the Regime does not hold (the objective itself once it does: it sits there). */
function next(obs: Observation): number {
  const road = ROAD.map((id) => at(obs, id)).filter((r) => r >= 0);
  return road.find((r) => obs.regions[r]!.control !== 'regime') ?? obs.rules.hold;
}

const holding = (obs: Observation) => obs.regions[obs.rules.hold]!.control === 'regime';

export default function createBot(context: BotContext) {
  return script(context, 'regime', [
    first('raid'),
    (obs, legal) => storm(0.5, (r) => r === next(obs))(obs, legal),
    (obs, legal) => (holding(obs) ? first('reinforce', (r) => r === obs.rules.hold)(obs, legal) : null),
    (obs, legal) => (holding(obs) ? first('fortify', (r) => r === obs.rules.hold)(obs, legal) : null),
    (obs, legal) => (holding(obs) ? first('watch', (r) => r === obs.rules.hold)(obs, legal) : null),
    (obs, legal) => first('airStrike', (r) => r === next(obs) && obs.regions[r]!.suppressedBy !== 'regime')(obs, legal),
    // Fill the road's last town held, next to the one to take.
    (obs, legal) => first('reinforce', (r) => obs.rules.adjacent[r]!.includes(next(obs)))(obs, legal),
    (obs, legal) => march(next(obs))(obs, legal),
    (obs, legal) => first('airStrike', (r) => r === next(obs))(obs, legal),
  ]);
}
