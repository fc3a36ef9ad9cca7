import type { Action } from './actions';
import { check } from './check';
import { Draft } from './draft';
import type { Applied } from './errors';
import { moveLeader } from './leaders';
import { airStrike, attack, fortify, move, reinforce, search } from './operations';
import type { GameState } from './state';
import { endPhase } from './turn';

/**
 * The reducer: a new state, or a typed error naming the rule. Never throws on
 * bad input and never mutates `state` or `action`.
 */
export function apply(state: GameState, action: Action): Applied<GameState> {
  const error = check(state, action);
  if (error) return { ok: false, error };
  const d = new Draft(state);
  const recorded = copyAction(action);
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
    case 'moveLeader':
      moveLeader(d, action);
      break;
    case 'endPhase':
      endPhase(d);
      break;
  }
  return { ok: true, state: d.finish(recorded) };
}

/** The log keeps only the action's own fields, so a caller's extra properties never reach a save. */
function copyAction(a: Action): Action {
  switch (a.type) {
    case 'move':
      return { type: a.type, side: a.side, from: a.from, to: a.to, strength: a.strength };
    case 'attack':
      return { type: a.type, side: a.side, from: a.from, to: a.to };
    case 'airStrike':
      return { type: a.type, side: a.side, target: a.target };
    case 'search':
    case 'fortify':
    case 'reinforce':
      return { type: a.type, side: a.side, region: a.region };
    case 'moveLeader':
      return { type: a.type, side: a.side, leader: a.leader, to: a.to };
    case 'endPhase':
      return { type: a.type, side: a.side };
  }
}
