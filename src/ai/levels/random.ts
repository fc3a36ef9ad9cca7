/** The random level as a bot module: any legal action, each as likely (less the types its seat leaves out). */
import { legalActions, type Action, type Observation } from '../../rules';
import type { Bot, BotFactory } from '../bot';
import { allowed } from '../greedy';

const createRandomBot: BotFactory = ({ side, rng, options }): Bot => ({
  choose(observation: Observation): Action {
    const legal = allowed(legalActions(observation, side), options.exclude);
    return legal[rng.int(legal.length)] ?? { type: 'endPhase', side };
  },
});

export default createRandomBot;
