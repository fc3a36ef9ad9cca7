import { createBot, type BotLevel } from '../ai';
import { apply, buildRules, exportReplay, invariantProblem, legalActions, newGame, observe, type GameState, type Replay, type Scenario, type Side } from '../rules';

export interface SoakFailure {
  seed: string;
  /** The action count at which the problem showed. */
  step: number;
  problem: string;
  /** The game up to and including the failing step: replays straight to the problem. */
  replay: Replay;
}

export interface SoakResult {
  games: number;
  actions: number;
  failures: SoakFailure[];
}

/** Game i mixes bot levels so the soak covers wild and purposeful play alike. */
function levelsFor(i: number): Record<Side, BotLevel> {
  const levels: BotLevel[] = ['random', 'greedy'];
  return { coalition: levels[i % 2]!, regime: levels[(i >> 1) % 2]!, islamicState: levels[(i >> 2) % 2]! };
}

/** Plays seeded bot games, checking every invariant and the legal/apply agreement after every action. */
export function soak(scenario: Scenario, seed: string, games: number, onGame?: (done: number) => void): SoakResult {
  const failures: SoakFailure[] = [];
  const rules = buildRules(scenario);
  let actions = 0;
  for (let i = 0; i < games; i++) {
    const gameSeed = `${seed}:${i}`;
    const levels = levelsFor(i);
    const bots = {
      coalition: createBot(levels.coalition, 'coalition', gameSeed),
      regime: createBot(levels.regime, 'regime', gameSeed),
      islamicState: createBot(levels.islamicState, 'islamicState', gameSeed),
    };
    let state: GameState = newGame(rules, gameSeed);
    let step = 0;
    const fail = (problem: string) => failures.push({ seed: gameSeed, step, problem, replay: exportReplay(state) });
    for (let problem = invariantProblem(state); state.phase !== 'over'; ) {
      if (problem) {
        fail(problem);
        break;
      }
      const side = state.active;
      const legal = legalActions(state, side);
      if (legal.length === 0) {
        fail(`${side} has no legal action in its own phase.`);
        break;
      }
      const action = bots[side].choose(observe(state, side));
      const next = apply(state, action);
      step++;
      if (!next.ok) {
        fail(`the ${levels[side]} ${side} bot chose an illegal action: ${next.error.message}`);
        break;
      }
      state = next.state;
      actions++;
      problem = invariantProblem(state);
      if (step > 20_000) problem = 'the game ran past 20,000 actions.';
    }
    onGame?.(i + 1);
  }
  return { games, actions, failures };
}
