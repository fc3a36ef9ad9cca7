import { createBot, type BotLevel } from '../ai';
import {
  apply,
  buildRules,
  canSee,
  describe,
  exportReplay,
  invariantProblem,
  legalActions,
  newGame,
  observe,
  SIDES,
  toArray,
  type ActionType,
  type GameEvent,
  type GameState,
  type Replay,
  type Ruleset,
  type Scenario,
  type Side,
} from '../rules';

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
  /** Actions applied, by type: shows the soak reached every kind of move (overwatch, raids, deconfliction included). */
  byType: Partial<Record<ActionType, number>>;
  /** Events seen, by type, each described for every side that may see it. */
  events: Partial<Record<GameEvent['type'], number>>;
  failures: SoakFailure[];
}

/** Game i mixes bot levels so the soak covers wild and purposeful play alike. */
function levelsFor(i: number): Record<Side, BotLevel> {
  const levels: BotLevel[] = ['random', 'greedy'];
  return { coalition: levels[i % 2]!, regime: levels[(i >> 1) % 2]!, islamicState: levels[(i >> 2) % 2]! };
}

/** Every event an action made, as each side that may see it reads it: a sentence, never empty, never a missing name. */
function undescribed(events: readonly GameEvent[], rules: Ruleset): string | null {
  for (const e of events) {
    for (const side of SIDES) {
      if (!canSee(e, side)) continue;
      const text = describe(e, side, rules);
      if (!text || /undefined|NaN|\[object/.test(text)) return `describe(${e.type}) for ${side} gave "${text}".`;
    }
  }
  return null;
}

/** Plays seeded bot games, checking every invariant, the legal/apply agreement and every event's sentence after every action. */
export function soak(scenario: Scenario, seed: string, games: number, onGame?: (done: number) => void): SoakResult {
  const failures: SoakFailure[] = [];
  const byType: Partial<Record<ActionType, number>> = {};
  const seen: Partial<Record<GameEvent['type'], number>> = {};
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
    let problem = invariantProblem(state) ?? undescribed(toArray(state.chronicle).flatMap((c) => c.events), rules);
    while (!problem && state.phase !== 'over') {
      const side = state.active;
      if (legalActions(state, side).length === 0) {
        problem = `${side} has no legal action in its own phase.`;
        break;
      }
      const action = bots[side].choose(observe(state, side));
      const next = apply(state, action);
      step++;
      if (!next.ok) {
        problem = `the ${levels[side]} ${side} bot chose an illegal action: ${next.error.message}`;
        break;
      }
      state = next.state;
      actions++;
      byType[action.type] = (byType[action.type] ?? 0) + 1;
      for (const e of next.events) seen[e.type] = (seen[e.type] ?? 0) + 1;
      // The last action's state is checked too: the loop ends on it when the game is over.
      problem = invariantProblem(state) ?? undescribed(next.events, rules);
      if (!problem && step > 20_000) problem = 'the game ran past 20,000 actions.';
    }
    if (problem) failures.push({ seed: gameSeed, step, problem, replay: exportReplay(state) });
    onGame?.(i + 1);
  }
  return { games, actions, byType, events: seen, failures };
}
