import { copyAction, type Action } from './actions';
import { Draft } from './draft';
import { explain, type Applied } from './errors';
import type { GameEvent } from './events';
import { problem } from './legality';
import { moveLeader } from './leaders';
import type { Position } from './observe';
import { airStrike, attack, deconflict, fortify, move, raid, reinforce, search, watch } from './operations';
import type { GameState } from './state';
import { endPhase } from './turn';
import type { RuleError } from './errors';

/** Why `action` is illegal in `game`, with a sentence naming the rule, or null if `apply` will accept it. */
export function check(game: Position, action: Action): RuleError | null {
  const code = problem(game, action);
  return code === null ? null : explain(game, action, code);
}

/**
 * The reducer: the new state and the events that happened, or a typed error
 * naming the rule. Never throws on bad input and never mutates `state` or
 * `action`.
 */
export function apply(state: GameState, action: Action): Applied<GameState, GameEvent> {
  const code = problem(state, action);
  if (code !== null) return { ok: false, error: explain(state, action, code) };
  const d = new Draft(state);
  if (action.type !== 'endPhase' && action.type !== 'moveLeader') d.s.ap -= 1;
  switch (action.type) {
    case 'move':
      move(d, action);
      break;
    case 'attack':
      attack(d, action);
      break;
    case 'airStrike':
      airStrike(d, action);
      break;
    case 'search':
      search(d, action);
      break;
    case 'fortify':
      fortify(d, action);
      break;
    case 'reinforce':
      reinforce(d, action);
      break;
    case 'watch':
      watch(d, action);
      break;
    case 'raid':
      raid(d, action);
      break;
    case 'deconflict':
      deconflict(d, action);
      break;
    case 'moveLeader':
      moveLeader(d, action);
      break;
    case 'endPhase':
      endPhase(d);
      break;
  }
  return d.finish(copyAction(action));
}
