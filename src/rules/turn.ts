import { addAt, type Draft } from './draft';
import type { RandomEventKind } from './events';
import { interceptions, reports } from './leaders';
import { NUMBERS, RANDOM_EVENTS } from './numbers';
import type { Position } from './observe';
import { sideIndex } from './ruleset';
import type { EventEffect, Side } from './scenario';
import { coalitionWins, finalResult, leadersInRedoubts, resultOf } from './victory';

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

/** The active side ends its phase; the last one of a turn runs the upkeep and the next turn's events. */
export function endPhase(d: Draft): void {
  const side = d.s.active;
  if (d.s.phase === 'leaders') {
    d.emit({ type: 'phaseEnded', audience: 'all', phase: 'leaders', side });
    interceptions(d);
    startOperations(d, 'coalition');
    return;
  }
  d.emit({ type: 'phaseEnded', audience: 'all', phase: 'operations', side });
  if (side === 'coalition') startOperations(d, 'regime');
  else if (side === 'regime') startOperations(d, 'islamicState');
  else {
    upkeep(d);
    if (d.s.phase !== 'over') startTurn(d, d.s.turn + 1);
  }
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
    case 'reinforcements':
      d.s.pool = addAt(d.s.pool, effect.side, effect.amount);
      return;
    case 'intel':
      d.s.intel = addAt(d.s.intel, effect.side, effect.amount);
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
  d.addVp('coalition', -NUMBERS.vpIncident);
  d.addVp('regime', -NUMBERS.vpIncident);
  d.emit({ type: 'incident', audience: 'all', cause, regions, roll, escalation, vpLoss: NUMBERS.vpIncident });
  setTrack(d, 'escalation', escalation);
}

/** Turn start: scripted events, the random event, reports, fresh intelligence; then the leader phase. */
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
  let atLarge = false;
  for (let li = 0; li < d.leaderCount; li++) if (d.leader(li).status === 'atLarge') atLarge = true;
  if (atLarge) {
    d.s.phase = 'leaders';
    d.s.active = 'islamicState';
    d.s.ap = 0;
    d.emit({ type: 'phaseBegan', audience: 'all', phase: 'leaders', side: 'islamicState', ap: 0 });
  } else {
    startOperations(d, 'coalition');
  }
}

/** End of turn: incidents where Coalition and Regime touch, tracks, scoring, victory. */
function upkeep(d: Draft): void {
  const { adjacent, inValley, ids } = d.rules;
  let militiaContact = false;
  for (let a = 0; a < adjacent.length; a++) {
    const around = adjacent[a]!;
    for (let k = 0; k < around.length; k++) {
      const b = around[k]!;
      if (b <= a) continue;
      const ua = d.region(a).units;
      const ub = d.region(b).units;
      const contact = (ua[0] > 0 && ub[1] > 0) || (ua[1] > 0 && ub[0] > 0);
      if (!contact) continue;
      if (inValley[ua[1] > 0 ? a : b]) militiaContact = true;
      const roll = d.dice.d6();
      if (roll >= NUMBERS.incidentContact) incident(d, 'contact', [ids[a]!, ids[b]!], roll);
    }
  }
  if (militiaContact) {
    const roll = d.dice.d6();
    if (roll >= NUMBERS.incidentMilitia) incident(d, 'militia', null, roll);
  }
  setTrack(d, 'turkeyTension', clampTrack(d.s.turkeyTension - NUMBERS.tensionDecay, NUMBERS.maxTurkeyTension));
  if (d.region(d.rules.hold).control === 'regime') {
    d.addVp('regime', NUMBERS.vpRegimeHoldsObjective);
    d.emit({ type: 'objectiveHeld', audience: 'all', side: 'regime', region: ids[d.rules.hold]!, vp: NUMBERS.vpRegimeHoldsObjective });
  }
  const safe = leadersInRedoubts(d.s);
  if (safe > 0) {
    d.s.hiddenVp += safe * NUMBERS.vpRedoubtLeader;
    d.emit({ type: 'redoubtsScored', audience: 'islamicState', leaders: safe, vp: safe * NUMBERS.vpRedoubtLeader });
  }
  for (let i = 0; i < ids.length; i++) {
    const r = d.region(i);
    if (r.suppressedBy) d.setRegion(i, r.control, r.units, r.fort, null);
  }
  for (let li = 0; li < d.leaderCount; li++) {
    const l = d.leader(li);
    if (l.status === 'atLarge' && l.moved) d.updateLeader(li, l, l.at, l.revealed, false, l.crossed, l.lastSeen);
  }
  d.emit({ type: 'turnEnded', audience: 'all', turn: d.s.turn });
  if (coalitionWins(d.s)) return gameOver(d, resultOf(d.s, 'coalition', 'coalitionObjective', ['coalition']));
  if (d.s.turn >= d.rules.scenario.turns) gameOver(d, finalResult(d.s));
}

function gameOver(d: Draft, result: ReturnType<typeof finalResult>): void {
  d.s.phase = 'over';
  d.s.ap = 0;
  d.s.result = result;
  d.emit({ type: 'gameOver', audience: 'all', result });
}
