import { ACTION_TYPES, type Action } from './actions';
import { occupant } from './combat';
import { NUMBERS } from './numbers';
import type { Position } from './observe';
import { hostile, isSide, sideIndex } from './ruleset';
import { SIDE_NAMES } from './scenario';

/** Why an action was refused: a code for programs and a sentence naming the rule for people. */
export type RuleErrorCode =
  | 'ERR_MALFORMED'
  | 'ERR_GAME_OVER'
  | 'ERR_NOT_YOUR_PHASE'
  | 'ERR_WRONG_PHASE'
  | 'ERR_NO_AP'
  | 'ERR_UNKNOWN_REGION'
  | 'ERR_NOT_ADJACENT'
  | 'ERR_NO_UNITS'
  | 'ERR_BAD_STRENGTH'
  | 'ERR_OCCUPIED'
  | 'ERR_STACK_LIMIT'
  | 'ERR_NO_ENEMY'
  | 'ERR_NOT_HOSTILE'
  | 'ERR_NO_AIR'
  | 'ERR_NO_INTEL'
  | 'ERR_FORT_MAX'
  | 'ERR_NOT_BASE'
  | 'ERR_POOL_EMPTY'
  | 'ERR_UNKNOWN_LEADER'
  | 'ERR_LEADER_DONE'
  | 'ERR_ALLY_GROUND'
  | 'ERR_NOT_HUNTER'
  | 'ERR_ALREADY_WATCHED'
  | 'ERR_NO_LEADER'
  | 'ERR_CALM';

export interface RuleError {
  code: RuleErrorCode;
  message: string;
}

/**
 * The sentence for a refusal, made only when one is refused. It reads only
 * what the acting side may know, so a message never tells more than the code.
 */
export function explain(g: Position, action: Action, code: RuleErrorCode): RuleError {
  return { code, message: sentence(g, action, code) };
}

function sentence(g: Position, a: Action, code: RuleErrorCode): string {
  if (typeof a !== 'object' || a === null) return 'An action must be an object with a type and a side.';
  const { rules } = g;
  const name = (id: string) => rules.scenario.regions[rules.index.get(id) ?? -1]?.name ?? id;
  const side = isSide(a.side) ? SIDE_NAMES[a.side] : String(a.side);
  const units = (id: string) => (isSide(a.side) ? (g.regions[rules.index.get(id) ?? -1]?.units[sideIndex(a.side)] ?? 0) : 0);
  switch (code) {
    case 'ERR_MALFORMED':
      return isSide(a.side)
        ? `Unknown action type ${JSON.stringify(a.type)}; expected one of ${ACTION_TYPES.join(', ')}.`
        : `Action ${String(a.type)} names an unknown side ${JSON.stringify(a.side)}.`;
    case 'ERR_GAME_OVER':
      return 'The game is over; no more actions.';
    case 'ERR_NOT_YOUR_PHASE':
      return `It is ${SIDE_NAMES[g.active]}'s ${g.phase === 'leaders' ? 'leader' : 'operations'} phase, not ${side}'s.`;
    case 'ERR_WRONG_PHASE':
      return a.type === 'moveLeader' ? 'Leaders move only in the leader phase, at the start of the turn.' : 'In the leader phase Islamic State may only move leaders or end the phase.';
    case 'ERR_NO_AP':
      return `${side} has no action points left this phase; end the phase.`;
    case 'ERR_UNKNOWN_REGION': {
      const fields = Object.values(a).filter((v): v is string => typeof v === 'string' && v !== a.type && v !== a.side);
      const unknown = fields.find((id) => !rules.index.has(id)) ?? fields[0] ?? '';
      return `There is no region ${JSON.stringify(unknown)} on this map.`;
    }
    case 'ERR_NOT_ADJACENT':
      if (a.type === 'moveLeader') return `${leaderName(g, a.leader)} moves one link a turn; ${name(a.to)} is not linked to where the leader is.`;
      if (a.type === 'move' || a.type === 'attack') {
        return `${name(a.to)} is not linked to ${name(a.from)}; ${a.type === 'move' ? 'units move one link at a time' : 'attacks go along one link'}.`;
      }
      return 'Those regions are not linked.';
    case 'ERR_NO_UNITS':
      if (a.type === 'watch' || a.type === 'raid') return `${side} needs units in or next to ${name(a.region)} to ${a.type} it.`;
      if (a.type === 'fortify') return `Only a region with your units can be fortified; ${name(a.region)} has none.`;
      if (a.type === 'move' || a.type === 'attack') return `${side} has no units in ${name(a.from)} to ${a.type === 'move' ? 'move' : 'attack with'}.`;
      return `${side} has no units there.`;
    case 'ERR_BAD_STRENGTH':
      return a.type === 'move' ? `Move between 1 and ${units(a.from)} strength from ${name(a.from)}, not ${a.strength}.` : 'That strength cannot move.';
    case 'ERR_OCCUPIED': {
      const there = a.type === 'move' ? occupant(g.regions[rules.index.get(a.to) ?? -1]!) : null;
      if (a.type !== 'move' || !there || !isSide(a.side)) return 'That region holds another side\'s units.';
      return `${name(a.to)} holds ${SIDE_NAMES[there]} units: ${hostile(a.side, there) ? 'attack it' : 'allied powers do not share a region'}.`;
    }
    case 'ERR_STACK_LIMIT':
      return `At most ${NUMBERS.maxStrength} strength may stand in one region.`;
    case 'ERR_NO_ENEMY':
      if (a.type === 'airStrike') return `Air strikes need a target: ${name(a.target)} holds no Islamic State units or revealed leader.`;
      return a.type === 'attack' ? `${name(a.to)} holds no units to attack; move in instead.` : 'There is nothing to attack there.';
    case 'ERR_NOT_HOSTILE': {
      const there = a.type === 'attack' ? occupant(g.regions[rules.index.get(a.to) ?? -1]!) : null;
      return `${side} does not fight ${there ? SIDE_NAMES[there] : 'them'}; only Islamic State is everyone's enemy.`;
    }
    case 'ERR_NO_AIR':
      return `${side} has no air force.`;
    case 'ERR_NO_INTEL':
      return `${side} has no intelligence points left this turn for a search.`;
    case 'ERR_FORT_MAX':
      return `${a.type === 'fortify' ? name(a.region) : 'That region'} is already fortified to the most, ${NUMBERS.maxFort}.`;
    case 'ERR_NOT_BASE': {
      const where = a.side === 'islamicState' ? 'a redoubt it holds' : a.side === 'regime' ? 'one of its bases or a valley town it holds' : 'one of its bases it holds';
      return `${side} reinforces only in ${where}; ${a.type === 'reinforce' ? name(a.region) : 'that region'} is not.`;
    }
    case 'ERR_POOL_EMPTY':
      return `${side} has no reinforcements left in its pool.`;
    case 'ERR_ALLY_GROUND': {
      const to = a.type === 'move' || a.type === 'attack' ? name(a.to) : 'That region';
      return `${to} is ${a.side === 'coalition' ? "the Regime's" : "the Coalition's"} objective or base: allied powers keep off each other's ground.`;
    }
    case 'ERR_NOT_HUNTER':
      return 'Only the Coalition and the Regime hunt leaders: watch, raid and deconflict are theirs.';
    case 'ERR_ALREADY_WATCHED':
      return `${side} already watches ${a.type === 'watch' ? name(a.region) : 'that region'} this turn.`;
    case 'ERR_NO_LEADER':
      return `A raid needs a leader the raider found itself: ${a.type === 'raid' ? name(a.region) : 'that region'} holds none ${side} revealed.`;
    case 'ERR_CALM':
      return 'Escalation is already at 0: there is nothing to deconflict.';
    case 'ERR_UNKNOWN_LEADER':
      return `There is no leader ${JSON.stringify(a.type === 'moveLeader' ? a.leader : '')}.`;
    case 'ERR_LEADER_DONE': {
      if (a.type !== 'moveLeader') return 'That leader moves no more.';
      const l = g.leaders[rules.leaderIndex.get(a.leader) ?? -1];
      if (l && l.status === 'captured') return `${leaderName(g, a.leader)} has been captured and moves no more.`;
      if (l && l.status === 'atLarge') return `${leaderName(g, a.leader)} has already moved this turn; a leader moves once a turn.`;
      return `${leaderName(g, a.leader)} is not a leader this side may move.`;
    }
  }
}

function leaderName(g: Position, id: string): string {
  return g.rules.scenario.leaders[g.rules.leaderIndex.get(id) ?? -1]?.name ?? id;
}

export type Applied<S, E> = { ok: true; state: S; events: readonly E[] } | { ok: false; error: RuleError };
