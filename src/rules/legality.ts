import { ACTION_TYPES, type Action, type ActionType } from './actions';
import { occupant } from './combat';
import type { RuleErrorCode } from './errors';
import { NUMBERS } from './numbers';
import { unitsInReach } from './odds';
import { revealedAt, type Position } from './observe';
import { areAdjacent, hostile, isSide, sideIndex } from './ruleset';
import type { Side } from './scenario';

/*
 * The one definition of what is legal. Each condition is written once, as a
 * function that returns why an action is refused (an error code) or null;
 * `legalActions` enumerates the map through these functions, and `problem`
 * (inside `apply`, through `check`) calls the same ones on the action given.
 * The property tests hold the two to each other over every writable action.
 * Everything read here is public or the acting side's own, so both work on
 * the side's observation as well as on the state.
 */

/** Is it `side`'s turn to take an action of this type? */
function turnProblem(g: Position, side: Side, type: ActionType): RuleErrorCode | null {
  if (g.phase === 'over') return 'ERR_GAME_OVER';
  if (g.active !== side) return 'ERR_NOT_YOUR_PHASE';
  if (type === 'endPhase') return null;
  if (g.phase === 'leaders') return type === 'moveLeader' ? null : 'ERR_WRONG_PHASE';
  if (type === 'moveLeader') return 'ERR_WRONG_PHASE';
  return g.ap < 1 ? 'ERR_NO_AP' : null;
}

/** The most strength that may move between two adjacent regions (at least 1), or why none may. */
function moveRoom(g: Position, side: Side, from: number, to: number): number | RuleErrorCode {
  const s = sideIndex(side);
  const units = g.regions[from]!.units[s];
  if (units < 1) return 'ERR_NO_UNITS';
  const dest = g.regions[to]!;
  const there = occupant(dest);
  if (there !== null && there !== side) return 'ERR_OCCUPIED';
  if (allyGround(g, side, to)) return 'ERR_ALLY_GROUND';
  const room = Math.min(units, NUMBERS.maxStrength - dest.units[s]);
  return room < 1 ? 'ERR_STACK_LIMIT' : room;
}

/** An attack between two adjacent regions. */
function attackProblem(g: Position, side: Side, from: number, to: number): RuleErrorCode | null {
  if (g.regions[from]!.units[sideIndex(side)] < 1) return 'ERR_NO_UNITS';
  const there = occupant(g.regions[to]!);
  if (there === null) return 'ERR_NO_ENEMY';
  if (!hostile(side, there)) return 'ERR_NOT_HOSTILE';
  // A won attack moves the survivors in: an ally's objective or base is as closed to an attack as to a move.
  return allyGround(g, side, to) ? 'ERR_ALLY_GROUND' : null;
}

/** The Coalition's objective and bases are closed to the Regime's units, and the Regime's to the Coalition's (§1.5). */
export function allyGround(g: Position, side: Side, region: number): boolean {
  const { center, hold, isBase } = g.rules;
  if (side === 'coalition') return region === hold || isBase[1]![region]!;
  if (side === 'regime') return region === center || isBase[0]![region]!;
  return false;
}

/** Overwatch of a region in reach: only the hunters watch, once each per region and turn. */
function watchProblem(g: Position, side: Side, r: number): RuleErrorCode | null {
  if (side === 'islamicState') return 'ERR_NOT_HUNTER';
  if (g.regions[r]!.watch & watchBit(side)) return 'ERR_ALREADY_WATCHED';
  return unitsInReach(g, side, r) ? null : 'ERR_NO_UNITS';
}

/** A raid on revealed leaders the raider found itself (§6.5), by a hunter with units in or next to their region. */
function raidProblem(g: Position, side: Side, r: number, anyRevealed: boolean): RuleErrorCode | null {
  if (side === 'islamicState') return 'ERR_NOT_HUNTER';
  if (!anyRevealed || !foundIn(g, side, g.rules.ids[r]!)) return 'ERR_NO_LEADER';
  // The Coalition's special forces fly to any leader it found, at worse odds (raidNeeded); the Regime's go on foot.
  return side === 'coalition' || unitsInReach(g, side, r) ? null : 'ERR_NO_UNITS';
}

function deconflictProblem(g: Position, side: Side): RuleErrorCode | null {
  if (side === 'islamicState') return 'ERR_NOT_HUNTER';
  return g.escalation > 0 ? null : 'ERR_CALM';
}

/** A side's bit in a region's `watch`. */
export function watchBit(side: Side): number {
  return side === 'coalition' ? 1 : side === 'regime' ? 2 : 0;
}

function airStrikeProblem(g: Position, side: Side, target: number, anyRevealed: boolean): RuleErrorCode | null {
  if (!g.rules.sideDefs[sideIndex(side)]?.air) return 'ERR_NO_AIR';
  if (g.regions[target]!.units[2] > 0) return null;
  return anyRevealed && revealedLeaderIn(g, g.rules.ids[target]!) ? null : 'ERR_NO_ENEMY';
}

function searchProblem(g: Position, side: Side): RuleErrorCode | null {
  return g.intel[sideIndex(side)] < 1 ? 'ERR_NO_INTEL' : null;
}

function fortifyProblem(g: Position, side: Side, region: number): RuleErrorCode | null {
  const r = g.regions[region]!;
  if (r.units[sideIndex(side)] < 1) return 'ERR_NO_UNITS';
  return r.fort >= NUMBERS.maxFort ? 'ERR_FORT_MAX' : null;
}

function reinforceProblem(g: Position, side: Side, region: number): RuleErrorCode | null {
  const s = sideIndex(side);
  const r = g.regions[region]!;
  // The Regime's militias also muster in the valley towns it holds (§4.9).
  const base = g.rules.isBase[s]![region] || (side === 'regime' && g.rules.inValley[region]!);
  if (!base || r.control !== side) return 'ERR_NOT_BASE';
  if (g.pool[s] < 1) return 'ERR_POOL_EMPTY';
  return r.units[s] + 1 > NUMBERS.maxStrength ? 'ERR_STACK_LIMIT' : null;
}

/** A leader's move; `to` is on the map. Only Islamic State (or the full state) knows where its leaders are. */
function leaderMoveProblem(g: Position, li: number, to: number): RuleErrorCode | null {
  const l = g.leaders[li]!;
  if (l.status !== 'atLarge' || l.moved) return 'ERR_LEADER_DONE';
  const from = g.rules.index.get(l.at);
  return from !== undefined && areAdjacent(g.rules, from, to) ? null : 'ERR_NOT_ADJACENT';
}

/** Is a leader at large known to everyone to be in region `id`? */
export function revealedLeaderIn(g: Position, id: string): boolean {
  for (let i = 0; i < g.leaders.length; i++) if (revealedAt(g.leaders[i]!) === id) return true;
  return false;
}

/** Is a leader at large revealed in region `id`, found by `side`? */
function foundIn(g: Position, side: Side, id: string): boolean {
  for (let i = 0; i < g.leaders.length; i++) {
    const l = g.leaders[i]!;
    if ((l.status === 'revealed' || (l.status === 'atLarge' && l.revealed)) && l.foundBy === side && l.at === id) return true;
  }
  return false;
}

function anyRevealedLeader(g: Position): boolean {
  for (let i = 0; i < g.leaders.length; i++) if (revealedAt(g.leaders[i]!) !== null) return true;
  return false;
}

/** Why `action` may not be taken in `g`, as a code, or null when `apply` will accept it. */
export function problem(g: Position, action: Action): RuleErrorCode | null {
  // Input is parsed with actionSchema at the edge; this only keeps a stray value from making apply throw.
  if (typeof action !== 'object' || action === null || !isSide(action.side) || !ACTION_TYPES.includes(action.type)) return 'ERR_MALFORMED';
  const side = action.side;
  const turn = turnProblem(g, side, action.type);
  if (turn !== null) return turn;
  const index = g.rules.index;
  switch (action.type) {
    case 'endPhase':
      return null;
    case 'move': {
      const from = index.get(action.from);
      const to = index.get(action.to);
      if (from === undefined || to === undefined) return 'ERR_UNKNOWN_REGION';
      if (!areAdjacent(g.rules, from, to)) return 'ERR_NOT_ADJACENT';
      const room = moveRoom(g, side, from, to);
      if (typeof room === 'string') return room;
      const strength = action.strength;
      if (!Number.isInteger(strength) || strength < 1 || strength > g.regions[from]!.units[sideIndex(side)]) return 'ERR_BAD_STRENGTH';
      return strength > room ? 'ERR_STACK_LIMIT' : null;
    }
    case 'attack': {
      const from = index.get(action.from);
      const to = index.get(action.to);
      if (from === undefined || to === undefined) return 'ERR_UNKNOWN_REGION';
      return areAdjacent(g.rules, from, to) ? attackProblem(g, side, from, to) : 'ERR_NOT_ADJACENT';
    }
    case 'airStrike': {
      const target = index.get(action.target);
      return target === undefined ? 'ERR_UNKNOWN_REGION' : airStrikeProblem(g, side, target, true);
    }
    case 'search':
      return index.get(action.region) === undefined ? 'ERR_UNKNOWN_REGION' : searchProblem(g, side);
    case 'fortify': {
      const region = index.get(action.region);
      return region === undefined ? 'ERR_UNKNOWN_REGION' : fortifyProblem(g, side, region);
    }
    case 'reinforce': {
      const region = index.get(action.region);
      return region === undefined ? 'ERR_UNKNOWN_REGION' : reinforceProblem(g, side, region);
    }
    case 'watch': {
      const region = index.get(action.region);
      return region === undefined ? 'ERR_UNKNOWN_REGION' : watchProblem(g, side, region);
    }
    case 'raid': {
      const region = index.get(action.region);
      return region === undefined ? 'ERR_UNKNOWN_REGION' : raidProblem(g, side, region, true);
    }
    case 'deconflict':
      return deconflictProblem(g, side);
    case 'moveLeader': {
      const li = g.rules.leaderIndex.get(action.leader);
      if (li === undefined) return 'ERR_UNKNOWN_LEADER';
      const to = index.get(action.to);
      return to === undefined ? 'ERR_UNKNOWN_REGION' : leaderMoveProblem(g, li, to);
    }
    default:
      return 'ERR_MALFORMED';
  }
}

/**
 * Exactly the actions `apply` accepts for `side`, built by walking the map
 * through the conditions above. Exact on the state and on `side`'s own
 * observation (which holds everything these conditions read).
 */
export function legalActions(g: Position, side: Side): Action[] {
  if (turnProblem(g, side, 'endPhase') !== null) return [];
  const out: Action[] = [];
  if (g.phase === 'leaders') leaderMoves(g, side, out);
  else if (turnProblem(g, side, 'move') === null) operations(g, side, out);
  out.push({ type: 'endPhase', side });
  return out;
}

function leaderMoves(g: Position, side: Side, out: Action[]): void {
  const { ids, adjacent } = g.rules;
  for (let li = 0; li < g.leaders.length; li++) {
    const l = g.leaders[li]!;
    if (l.status !== 'atLarge' || l.moved) continue;
    const from = g.rules.index.get(l.at);
    const around = from === undefined ? [] : adjacent[from]!;
    for (let k = 0; k < around.length; k++) {
      if (leaderMoveProblem(g, li, around[k]!) === null) out.push({ type: 'moveLeader', side, leader: l.id, to: ids[around[k]!]! });
    }
  }
}

function operations(g: Position, side: Side, out: Action[]): void {
  const { ids, adjacent, bases } = g.rules;
  const s = sideIndex(side);
  const anyRevealed = anyRevealedLeader(g);
  const searches = searchProblem(g, side) === null;
  const hunter = side !== 'islamicState';
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (g.regions[i]!.units[s] > 0) {
      const around = adjacent[i]!;
      for (let k = 0; k < around.length; k++) {
        const n = around[k]!;
        const room = moveRoom(g, side, i, n);
        if (typeof room === 'number') for (let strength = 1; strength <= room; strength++) out.push({ type: 'move', side, from: id, to: ids[n]!, strength });
        else if (attackProblem(g, side, i, n) === null) out.push({ type: 'attack', side, from: id, to: ids[n]! });
      }
      if (fortifyProblem(g, side, i) === null) out.push({ type: 'fortify', side, region: id });
    }
    if (airStrikeProblem(g, side, i, anyRevealed) === null) out.push({ type: 'airStrike', side, target: id });
    if (searches) out.push({ type: 'search', side, region: id });
    if (hunter && watchProblem(g, side, i) === null) out.push({ type: 'watch', side, region: id });
    if (hunter && anyRevealed && raidProblem(g, side, i, true) === null) out.push({ type: 'raid', side, region: id });
  }
  for (let i = 0; i < ids.length; i++) if ((bases[s]!.includes(i) || (side === 'regime' && g.rules.inValley[i])) && reinforceProblem(g, side, i) === null) out.push({ type: 'reinforce', side, region: ids[i]! });
  if (deconflictProblem(g, side) === null) out.push({ type: 'deconflict', side });
}
