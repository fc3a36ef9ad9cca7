import { ACTION_TYPES, type Action } from './actions';
import { areAdjacent, boardOf, hostile, sideIndex, type Board } from './board';
import type { RuleError, RuleErrorCode } from './errors';
import { NUMBERS } from './numbers';
import { SIDES, SIDE_NAMES, type Side } from './scenario';
import type { RegionState } from './state';
import type { Game } from './view';

function err(code: RuleErrorCode, message: string): RuleError {
  return { code, message };
}

/** The side whose units stand in a region, if any (never more than one). */
export function occupant(region: RegionState): Side | null {
  if (region.units[0] > 0) return 'coalition';
  if (region.units[1] > 0) return 'regime';
  if (region.units[2] > 0) return 'islamicState';
  return null;
}

export function sideDef(game: Game, side: Side) {
  return boardOf(game.scenario).sideDefs[sideIndex(side)];
}

/** Is a leader-crossing into this region a crossing of a closed exit (enemy-held)? */
export function enemyHeld(region: RegionState): boolean {
  return region.control === 'coalition' || region.control === 'regime' || region.units[0] > 0 || region.units[1] > 0;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Shape check for input from outside (a click, a file, a bot): never trust the type. */
export function malformed(input: unknown): RuleError | null {
  if (typeof input !== 'object' || input === null) return err('ERR_MALFORMED', 'An action must be an object with a type and a side.');
  const a = input as Record<string, unknown>;
  if (!isStr(a.type) || !KNOWN_TYPES.has(a.type)) {
    return err('ERR_MALFORMED', `Unknown action type ${JSON.stringify(a.type)}; expected one of ${ACTION_TYPES.join(', ')}.`);
  }
  if (!isStr(a.side) || !KNOWN_SIDES.has(a.side)) {
    return err('ERR_MALFORMED', `Action ${a.type} names an unknown side ${JSON.stringify(a.side)}.`);
  }
  switch (a.type) {
    case 'move':
      return need(a, FROM_TO, STRENGTH);
    case 'attack':
      return need(a, FROM_TO);
    case 'airStrike':
      return need(a, TARGET);
    case 'search':
    case 'fortify':
    case 'reinforce':
      return need(a, REGION);
    case 'moveLeader':
      return need(a, LEADER_TO);
    default:
      return null;
  }
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(ACTION_TYPES);
const KNOWN_SIDES: ReadonlySet<string> = new Set(SIDES);

// The fields each action type needs, allocated once.
const NO_INTS: readonly string[] = [];
const FROM_TO: readonly string[] = ['from', 'to'];
const STRENGTH: readonly string[] = ['strength'];
const TARGET: readonly string[] = ['target'];
const REGION: readonly string[] = ['region'];
const LEADER_TO: readonly string[] = ['leader', 'to'];

function need(a: Record<string, unknown>, fields: readonly string[], ints: readonly string[] = NO_INTS): RuleError | null {
  for (const f of fields) if (!isStr(a[f])) return err('ERR_MALFORMED', `Action ${a.type} needs a text field "${f}".`);
  for (const f of ints) if (!isInt(a[f])) return err('ERR_MALFORMED', `Action ${a.type} needs a whole number "${f}".`);
  return null;
}

function regionAt(board: Board, id: string): number | RuleError {
  const i = board.index.get(id);
  return i === undefined ? err('ERR_UNKNOWN_REGION', `There is no region "${id}" on this map.`) : i;
}

/** Why `action` is illegal in `game`, or null if `apply` will accept it. */
export function check(game: Game, action: Action): RuleError | null {
  const bad = malformed(action);
  if (bad) return bad;
  if (game.phase === 'over') return err('ERR_GAME_OVER', 'The game is over; no more actions.');
  const side = action.side;
  if (game.active !== side) {
    return err('ERR_NOT_YOUR_PHASE', `It is ${SIDE_NAMES[game.active]}'s ${game.phase === 'leaders' ? 'leader' : 'operations'} phase, not ${SIDE_NAMES[side]}'s.`);
  }
  if (action.type === 'endPhase') return null;
  if (game.phase === 'leaders') {
    return action.type === 'moveLeader'
      ? checkLeaderMove(game, action)
      : err('ERR_WRONG_PHASE', 'In the leader phase Islamic State may only move leaders or end the phase.');
  }
  if (action.type === 'moveLeader') return err('ERR_WRONG_PHASE', 'Leaders move only in the leader phase, at the start of the turn.');
  if (game.ap < 1) return err('ERR_NO_AP', `${SIDE_NAMES[side]} has no action points left this phase; end the phase.`);
  const board = boardOf(game.scenario);
  const s = sideIndex(side);
  switch (action.type) {
    case 'move': {
      const from = regionAt(board, action.from);
      if (typeof from !== 'number') return from;
      const to = regionAt(board, action.to);
      if (typeof to !== 'number') return to;
      const origin = game.regions[from]!;
      if (origin.units[s] < 1) return err('ERR_NO_UNITS', `${SIDE_NAMES[side]} has no units in ${name(game, from)} to move.`);
      if (!areAdjacent(board, from, to)) return err('ERR_NOT_ADJACENT', `${name(game, to)} is not linked to ${name(game, from)}; units move one link at a time.`);
      if (action.strength < 1 || action.strength > origin.units[s]) {
        return err('ERR_BAD_STRENGTH', `Move between 1 and ${origin.units[s]} strength from ${name(game, from)}, not ${action.strength}.`);
      }
      const dest = game.regions[to]!;
      const there = occupant(dest);
      if (there && there !== side) return err('ERR_OCCUPIED', `${name(game, to)} holds ${SIDE_NAMES[there]} units: ${hostile(side, there) ? 'attack it' : 'allied powers do not share a region'}.`);
      if (dest.units[s] + action.strength > NUMBERS.maxStrength) return err('ERR_STACK_LIMIT', `At most ${NUMBERS.maxStrength} strength may stand in one region.`);
      return null;
    }
    case 'attack': {
      const from = regionAt(board, action.from);
      if (typeof from !== 'number') return from;
      const to = regionAt(board, action.to);
      if (typeof to !== 'number') return to;
      if (game.regions[from]!.units[s] < 1) return err('ERR_NO_UNITS', `${SIDE_NAMES[side]} has no units in ${name(game, from)} to attack with.`);
      if (!areAdjacent(board, from, to)) return err('ERR_NOT_ADJACENT', `${name(game, to)} is not linked to ${name(game, from)}; attacks go along one link.`);
      const there = occupant(game.regions[to]!);
      if (!there) return err('ERR_NO_ENEMY', `${name(game, to)} holds no units to attack; move in instead.`);
      if (!hostile(side, there)) return err('ERR_NOT_HOSTILE', `${SIDE_NAMES[side]} does not fight ${SIDE_NAMES[there]}; only Islamic State is everyone's enemy.`);
      return null;
    }
    case 'airStrike': {
      if (!sideDef(game, side)?.air) return err('ERR_NO_AIR', `${SIDE_NAMES[side]} has no air force.`);
      const target = regionAt(board, action.target);
      if (typeof target !== 'number') return target;
      const r = game.regions[target]!;
      if (r.units[2] < 1 && !revealedLeaderAt(game, action.target)) return err('ERR_NO_ENEMY', `Air strikes need a target: ${name(game, target)} holds no Islamic State units or revealed leader.`);
      return null;
    }
    case 'search': {
      const region = regionAt(board, action.region);
      if (typeof region !== 'number') return region;
      if (game.intel[s] < 1) return err('ERR_NO_INTEL', `${SIDE_NAMES[side]} has no intelligence points left this turn for a search.`);
      return null;
    }
    case 'fortify': {
      const region = regionAt(board, action.region);
      if (typeof region !== 'number') return region;
      const r = game.regions[region]!;
      if (r.units[s] < 1) return err('ERR_NO_UNITS', `Only a region with your units can be fortified; ${name(game, region)} has none.`);
      if (r.fort >= NUMBERS.maxFort) return err('ERR_FORT_MAX', `${name(game, region)} is already fortified to the most, ${NUMBERS.maxFort}.`);
      return null;
    }
    case 'reinforce': {
      const region = regionAt(board, action.region);
      if (typeof region !== 'number') return region;
      if (!board.isBase[s]![region] || game.regions[region]!.control !== side) {
        const where = side === 'islamicState' ? 'a redoubt it holds' : 'one of its bases it holds';
        return err('ERR_NOT_BASE', `${SIDE_NAMES[side]} reinforces only in ${where}; ${name(game, region)} is not.`);
      }
      if (game.pool[s] < 1) return err('ERR_POOL_EMPTY', `${SIDE_NAMES[side]} has no reinforcements left in its pool.`);
      if (game.regions[region]!.units[s] + 1 > NUMBERS.maxStrength) return err('ERR_STACK_LIMIT', `At most ${NUMBERS.maxStrength} strength may stand in one region.`);
      return null;
    }
  }
  return null;
}

function checkLeaderMove(game: Game, action: Extract<Action, { type: 'moveLeader' }>): RuleError | null {
  const board = boardOf(game.scenario);
  const li = board.leaderIndex.get(action.leader);
  if (li === undefined) return err('ERR_UNKNOWN_LEADER', `There is no leader "${action.leader}".`);
  const leader = game.leaders[li]!;
  const leaderName = game.scenario.leaders[li]!.name;
  if (leader.status !== 'atLarge') return err('ERR_LEADER_DONE', `${leaderName} has been ${leader.status} and moves no more.`);
  if (leader.moved) return err('ERR_LEADER_DONE', `${leaderName} has already moved this turn; a leader moves once a turn.`);
  const to = regionAt(board, action.to);
  if (typeof to !== 'number') return to;
  if (placement(game, li, action.to)) return null;
  const from = leader.at === null ? -1 : (board.index.get(leader.at) ?? -1);
  if (from < 0 || !areAdjacent(board, from, to)) {
    return err('ERR_NOT_ADJACENT', `${leaderName} moves one link a turn; ${name(game, to)} is not linked to where the leader is.`);
  }
  return null;
}

/** Is a leader at large and revealed in region `id` (an air strike's target even without units), or anywhere for null? */
export function revealedLeaderAt(game: Game, id: string | null): boolean {
  const leaders = game.leaders;
  for (let i = 0; i < leaders.length; i++) {
    const l = leaders[i]!;
    if (l.status === 'atLarge' && l.revealed && (id === null || l.at === id)) return true;
  }
  return false;
}

/** On turn 1 a leader may be placed anywhere along its flight (its scenario start options). */
export function placement(game: Game, leaderIndex: number, to: string): boolean {
  return game.turn === 1 && game.scenario.leaders[leaderIndex]!.startOptions.includes(to);
}

function name(game: Game, i: number): string {
  return game.scenario.regions[i]!.name;
}
