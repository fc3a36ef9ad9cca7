/** A bot module (docs/BOTS.md): it storms at even odds or better, and otherwise draws any other legal action. */
import type { Bot, BotContext } from '../src/ai/bot';
import { combatOdds, legalActions, type Action, type Observation } from '../src/rules';

export default function createBot({ side, rng }: BotContext): Bot {
  return {
    choose(observation: Observation): Action {
      const legal = legalActions(observation, side);
      const { index } = observation.rules;
      // The attack likeliest to take its target, if that chance is at least even.
      let storm: Action | null = null;
      let best = 0.5;
      for (const a of legal) {
        if (a.type !== 'attack') continue;
        const chance = combatOdds(observation, side, index.get(a.from)!, index.get(a.to)!)?.takeChance ?? 0;
        if (chance >= best) [storm, best] = [a, chance];
      }
      if (storm) return storm;
      // Any other legal action, drawn with the bot's own generator: ending the phase is always one of them.
      const others = legal.filter((a) => a.type !== 'attack');
      return others[rng.int(others.length)]!;
    },
  };
}
