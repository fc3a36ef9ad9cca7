import { combatOdds } from './combat';
import { setAt, type Draft } from './draft';
import type { RandomEventKind } from './events';
import { endLeaderPhase, reports } from './leaders';
import { allyGround } from './legality';
import { NUMBERS, RANDOM_EVENTS } from './numbers';
import { attack } from './operations';
import type { Position } from './observe';
import { sideIndex } from './ruleset';
import type { EventEffect, Side } from './scenario';
import { coalitionWins, finalResult, resultOf, routed } from './victory';

/** Action points for a side's operations phase: its scenario allowance less the tracks' penalties, at least 1. */
export function actionPoints(game: Position, side: Side): number {
  const base = game.rules.sideDefs[sideIndex(side)]?.ap ?? 0;
  let penalty = 0;
  if (side === 'coalition') penalty += Math.floor(game.turkeyTension / NUMBERS.tensionPerApLost);
  if (side !== 'islamicState') penalty += Math.floor(game.escalation / NUMBERS.escalationPerApLost);
  return Math.max(1, base - penalty);
}

const clampTrack = (value: number, max: number) => Math.max(0, Math.min(max, value));

function startOperations(d: Draft, side: Side): void {
  d.s.phase = 'operations';
  d.s.active = side;
  d.s.ap = actionPoints(d.s, side);
  d.emit({ type: 'phaseBegan', audience: 'all', phase: 'operations', side, ap: d.s.ap });
}

/**
 * The active side ends its phase. The turn runs events, then the Coalition's,
 * the Regime's and Islamic State's operations, then the leader phase (so the
 * hunters always act before a leader moves), then upkeep.
 */
export function endPhase(d: Draft): void {
  const side = d.s.active;
  if (d.s.phase === 'leaders') {
    d.emit({ type: 'phaseEnded', audience: 'all', phase: 'leaders', side });
    endLeaderPhase(d);
    return endTurn(d);
  }
  d.emit({ type: 'phaseEnded', audience: 'all', phase: 'operations', side });
  if (side === 'coalition') return startOperations(d, 'regime');
  if (side === 'regime') return startOperations(d, 'islamicState');
  let atLarge = false;
  for (let li = 0; li < d.leaderCount; li++) if (d.leader(li).status === 'atLarge') atLarge = true;
  if (!atLarge) return endTurn(d);
  d.s.phase = 'leaders';
  d.s.active = 'islamicState';
  d.s.ap = 0;
  d.emit({ type: 'phaseBegan', audience: 'all', phase: 'leaders', side: 'islamicState', ap: 0 });
}

function endTurn(d: Draft): void {
  upkeep(d);
  if (d.s.phase !== 'over') startTurn(d, d.s.turn + 1);
}

function setTrack(d: Draft, track: 'escalation' | 'turkeyTension', value: number): void {
  const before = d.s[track];
  if (value === before) return;
  d.s[track] = value;
  d.emit({ type: 'trackChanged', audience: 'all', track, value, delta: value - before });
}

function applyEffect(d: Draft, effect: EventEffect): void {
  switch (effect.kind) {
    case 'turkeyTension':
      return setTrack(d, 'turkeyTension', clampTrack(d.s.turkeyTension + effect.amount, NUMBERS.maxTurkeyTension));
    case 'escalation':
      return setTrack(d, 'escalation', clampTrack(d.s.escalation + effect.amount, NUMBERS.maxEscalation));
    // An event that takes more than a side has leaves it none: a pool or a search count is never negative.
    case 'reinforcements':
      d.s.pool = setAt(d.s.pool, effect.side, Math.max(0, d.s.pool[sideIndex(effect.side)] + effect.amount));
      return;
    case 'intel':
      d.s.intel = setAt(d.s.intel, effect.side, Math.max(0, d.s.intel[sideIndex(effect.side)] + effect.amount));
      return;
  }
}

/** One die on the random event table (docs/RULES.md §7). */
function randomEvent(d: Draft): void {
  const roll = d.dice.d6();
  const kind: RandomEventKind = RANDOM_EVENTS[roll as keyof typeof RANDOM_EVENTS];
  let region: string | null = null;
  if (kind === 'regroup') {
    const held = d.rules.redoubts.filter((i) => d.region(i).control === 'islamicState' && d.units(i, 'islamicState') < NUMBERS.maxStrength);
    if (held.length > 0) {
      const at = held[d.dice.pick(held.length)]!;
      region = d.rules.ids[at]!;
      d.setUnits(at, 'islamicState', d.units(at, 'islamicState') + 1);
    }
  }
  d.emit({ type: 'randomEvent', audience: 'all', roll, kind, region });
  if (kind === 'turkeyTension') applyEffect(d, { kind: 'turkeyTension', amount: 1 });
  if (kind === 'militiaIncident') incident(d, 'event', null, null);
}

function incident(d: Draft, cause: 'contact' | 'militia' | 'event', regions: readonly [string, string] | null, roll: number | null): void {
  const escalation = clampTrack(d.s.escalation + 1, NUMBERS.maxEscalation);
  d.emit({ type: 'incident', audience: 'all', cause, regions, roll, escalation });
  setTrack(d, 'escalation', escalation);
}

/** Turn start: fresh intelligence, scripted events, the random event, reports; then the Coalition's operations. */
export function startTurn(d: Draft, turn: number): void {
  d.s.turn = turn;
  d.emit({ type: 'turnBegan', audience: 'all', turn, date: d.rules.dates[turn] ?? d.rules.scenario.startDate });
  const intel: [number, number, number] = [0, 0, 0];
  for (const def of d.rules.scenario.sides) intel[sideIndex(def.side)] += def.intel;
  d.s.intel = intel;
  for (const event of d.rules.scenario.events) {
    if (event.turn !== turn) continue;
    d.emit({ type: 'scenarioEvent', audience: 'all', event: event.id, title: event.title, effect: event.effect, source: event.source });
    applyEffect(d, event.effect);
  }
  randomEvent(d);
  reports(d);
  startOperations(d, 'coalition');
}

/**
 * End of turn: incidents where Coalition and Regime units come into contact
 * (a pair already in contact at the last upkeep rolls no more: §8.1), Turkey
 * tension, suppression and watches end, victory.
 */
function upkeep(d: Draft): void {
  const { adjacent, inValley, ids } = d.rules;
  const n = ids.length;
  const contacts: number[] = [];
  let militiaContact = false;
  for (let a = 0; a < adjacent.length; a++) {
    const around = adjacent[a]!;
    for (let k = 0; k < around.length; k++) {
      const b = around[k]!;
      if (b <= a) continue;
      const ua = d.region(a).units;
      const ub = d.region(b).units;
      if (!((ua[0] > 0 && ub[1] > 0) || (ua[1] > 0 && ub[0] > 0))) continue;
      const pair = a * n + b;
      contacts.push(pair);
      if (d.s.contacts.includes(pair)) continue;
      if (inValley[ua[1] > 0 ? a : b]) militiaContact = true;
      const roll = d.dice.d6();
      if (roll >= NUMBERS.incidentContact) incident(d, 'contact', [ids[a]!, ids[b]!], roll);
    }
  }
  if (militiaContact) {
    const roll = d.dice.d6();
    if (roll >= NUMBERS.incidentMilitia) incident(d, 'militia', null, roll);
  }
  d.s.contacts = contacts;
  militias(d);
  siege(d);
  infiltration(d);
  setTrack(d, 'turkeyTension', clampTrack(d.s.turkeyTension - NUMBERS.tensionDecay, NUMBERS.maxTurkeyTension));
  for (let i = 0; i < ids.length; i++) {
    const r = d.region(i);
    if (r.suppressedBy || r.watch) d.setRegion(i, r.control, r.units, r.fort, null, 0);
  }
  d.emit({ type: 'turnEnded', audience: 'all', turn: d.s.turn });
  if (coalitionWins(d.s)) return gameOver(d, resultOf(d.s, 'coalition', 'suddenDeath'));
  if (d.s.turn >= d.rules.scenario.turns) return gameOver(d, finalResult(d.s));
  if (routed(d.s)) gameOver(d, finalResult(d.s, true));
}

/**
 * Iran-backed militias act on their own (§8.2): once each upkeep, from a
 * region with Regime units, they attack the adjacent Islamic State stack they
 * are likeliest to take, if they would take it on at least `militiaRolls` of
 * the six rolls. Ties go to the first pair in map order. Damascus cannot
 * stop them: the Regime decides only where its men stand.
 */
function militias(d: Draft): void {
  const { adjacent, ids } = d.rules;
  let best = 0;
  let from = -1;
  let to = -1;
  for (let a = 0; a < ids.length; a++) {
    if (d.region(a).units[1] === 0) continue;
    for (const b of adjacent[a]!) {
      if (d.region(b).units[2] === 0 || allyGround(d.s, 'regime', b)) continue;
      const odds = combatOdds(d.s, 'regime', a, b)!;
      if (odds.takeChance * 6 >= NUMBERS.militiaRolls - 1e-9 && odds.takeChance > best) {
        best = odds.takeChance;
        from = a;
        to = b;
      }
    }
  }
  if (from < 0) return;
  d.emit({ type: 'militiasAttacked', audience: 'all', from: ids[from]!, to: ids[to]! });
  attack(d, { type: 'attack', side: 'regime', from: ids[from]!, to: ids[to]! });
}

/**
 * Siege (§8.3): every fortified region holding Islamic State units next to
 * units of a side with an air force (the Coalition and the Regime) loses
 * `siegeBatter` levels of fortification. Decided on the board as it stood
 * after the militias' attack, region by region; Islamic State digs in again
 * only with the fortify action.
 */
function siege(d: Draft): void {
  const { adjacent, ids, sideDefs } = d.rules;
  // Only the hunters batter works: Islamic State's own units never besiege it.
  const air = [0, 1].filter((k) => sideDefs[k]?.air);
  for (let r = 0; r < ids.length; r++) {
    const region = d.region(r);
    if (region.fort === 0 || region.units[2] === 0) continue;
    let besieged = false;
    for (const n of adjacent[r]!) for (const k of air) if (d.region(n).units[k]! > 0) besieged = true;
    if (!besieged) continue;
    const level = Math.max(0, region.fort - NUMBERS.siegeBatter);
    d.setRegion(r, region.control, region.units, level, region.suppressedBy, region.watch);
    d.emit({ type: 'siegeBattered', audience: 'all', region: ids[r]!, level });
  }
}

/**
 * Islamic State's cells take back ground left empty (§8.4): a region the
 * Coalition or the Regime holds with none of its units in it or next to it,
 * next to Islamic State's units, falls back to Islamic State.
 */
function infiltration(d: Draft): void {
  const { adjacent, ids } = d.rules;
  const lost: number[] = [];
  for (let r = 0; r < ids.length; r++) {
    const region = d.region(r);
    const holder = region.control;
    if (holder !== 'coalition' && holder !== 'regime' || region.units[0] > 0 || region.units[1] > 0) continue;
    const h = holder === 'coalition' ? 0 : 1;
    let guarded = false;
    let cells = false;
    for (const n of adjacent[r]!) {
      const u = d.region(n).units;
      if (u[h] > 0) guarded = true;
      if (u[2] > 0) cells = true;
    }
    if (cells && !guarded) lost.push(r);
  }
  // Decided on the board as it stood, then applied: one region's fall never decides another's.
  for (const r of lost) {
    const region = d.region(r);
    d.setRegion(r, 'islamicState', region.units, region.fort, region.suppressedBy, region.watch);
    d.emit({ type: 'regionTaken', audience: 'all', side: 'islamicState', region: ids[r]!, from: region.control });
  }
}

function gameOver(d: Draft, result: ReturnType<typeof finalResult>): void {
  d.s.phase = 'over';
  d.s.ap = 0;
  d.s.result = result;
  d.emit({ type: 'gameOver', audience: 'all', result });
}
