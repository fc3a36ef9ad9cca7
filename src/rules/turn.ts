import { sideDef } from './check';
import { addAt, type Draft } from './draft';
import { interceptions, reports } from './leaders';
import { NUMBERS } from './numbers';
import { SIDE_NAMES, type EventEffect, type Side } from './scenario';
import type { Game } from './view';
import { coalitionWins, finalResult, leadersInRedoubts, reasonFor } from './victory';

/** Action points for a side's operations phase: its scenario allowance less the tracks' penalties, at least 1. */
export function actionPoints(game: Game, side: Side): number {
  const base = sideDef(game, side)?.ap ?? 0;
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
  d.log(side, `${SIDE_NAMES[side]} operations: ${d.s.ap} action points.`);
}

/** The active side ends its phase; the last one of a turn runs the upkeep and the next turn's events. */
export function endPhase(d: Draft): void {
  if (d.s.phase === 'leaders') {
    d.log('islamicState', 'Islamic State\'s leaders have moved, in secret.');
    interceptions(d);
    startOperations(d, 'coalition');
  } else if (d.s.active === 'coalition') {
    startOperations(d, 'regime');
  } else if (d.s.active === 'regime') {
    startOperations(d, 'islamicState');
  } else {
    upkeep(d);
    if (d.s.phase !== 'over') startTurn(d, d.s.turn + 1);
  }
}

function applyEffect(d: Draft, effect: EventEffect): void {
  switch (effect.kind) {
    case 'turkeyTension':
      d.s.turkeyTension = clampTrack(d.s.turkeyTension + effect.amount, NUMBERS.maxTurkeyTension);
      break;
    case 'escalation':
      d.s.escalation = clampTrack(d.s.escalation + effect.amount, NUMBERS.maxEscalation);
      break;
    case 'reinforcements':
      d.s.pool = addAt(d.s.pool, effect.side, effect.amount);
      break;
    case 'intel':
      d.s.intel = addAt(d.s.intel, effect.side, effect.amount);
      break;
  }
}

function randomEvent(d: Draft): void {
  const roll = d.dice.d6();
  if (roll === 1) {
    applyEffect(d, { kind: 'turkeyTension', amount: 1 });
    d.log(null, `Event (rolled 1): friction with Turkey over the Kurdish role; Turkey tension rises to ${d.s.turkeyTension}.`);
  } else if (roll === 2) {
    incident(d, 'Event (rolled 2): Iran-backed militias antagonize U.S. forces');
  } else if (roll === 3) {
    const held = d.board.redoubts.filter((i) => d.region(i).control === 'islamicState' && d.units(i, 'islamicState') < NUMBERS.maxStrength);
    if (held.length === 0) {
      d.log(null, 'Event (rolled 3): Islamic State fighters regroup, but it holds no redoubt with room.');
      return;
    }
    const at = held[d.dice.pick(held.length)]!;
    d.setUnits(at, 'islamicState', d.units(at, 'islamicState') + 1);
    d.log(null, `Event (rolled 3): Islamic State fighters regroup in ${d.regionName(at)} (+1 strength).`);
  } else {
    d.log(null, `Event (rolled ${roll}): a quiet week.`);
  }
}

function incident(d: Draft, why: string): void {
  d.s.escalation = clampTrack(d.s.escalation + 1, NUMBERS.maxEscalation);
  d.addVp('coalition', -NUMBERS.vpIncident);
  d.addVp('regime', -NUMBERS.vpIncident);
  d.log(null, `${why}: an incident; escalation rises to ${d.s.escalation}, Coalition and Regime each lose ${NUMBERS.vpIncident} victory point.`);
}

/** Turn start: scripted events, the random event, reports, fresh intelligence; then the leader phase. */
export function startTurn(d: Draft, turn: number): void {
  d.s.turn = turn;
  d.s.date = turnDate(d.s.scenario.startDate, turn);
  d.log(null, `Turn ${turn}, week of ${d.s.date}.`);
  d.s.intel = [0, 0, 0];
  for (const def of d.s.scenario.sides) d.s.intel = addAt(d.s.intel, def.side, def.intel);
  for (const event of d.s.scenario.events) {
    if (event.turn !== turn) continue;
    applyEffect(d, event.effect);
    d.log(null, `Event: ${event.title}`, event.source ? { source: event.source } : undefined);
  }
  randomEvent(d);
  reports(d);
  // The leaders as they stood before this action (as ever): no leader is caught between upkeep and here.
  let atLarge = false;
  for (const l of d.s.leaders) if (l.status === 'atLarge') atLarge = true;
  if (atLarge) {
    d.s.phase = 'leaders';
    d.s.active = 'islamicState';
    d.s.ap = 0;
  } else {
    startOperations(d, 'coalition');
  }
}

/** End of turn: incidents where Coalition and Regime touch, tracks, scoring, victory. */
function upkeep(d: Draft): void {
  const { adjacent, inValley } = d.board;
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
      if (roll >= NUMBERS.incidentContact) incident(d, `Forces in contact between ${d.regionName(a)} and ${d.regionName(b)} (rolled ${roll})`);
    }
  }
  if (militiaContact) {
    const roll = d.dice.d6();
    if (roll >= NUMBERS.incidentMilitia) incident(d, `Iran-backed militias in the valley provoke U.S. forces (rolled ${roll})`);
  }
  d.s.turkeyTension = clampTrack(d.s.turkeyTension - NUMBERS.tensionDecay, NUMBERS.maxTurkeyTension);
  if (d.region(d.board.hold).control === 'regime') {
    d.addVp('regime', NUMBERS.vpRegimeHoldsObjective);
    d.log('regime', `The Regime holds ${d.regionName(d.board.hold)}: +${NUMBERS.vpRegimeHoldsObjective} victory point.`);
  }
  const hidden = leadersInRedoubts(d.s) * NUMBERS.vpRedoubtLeader;
  if (hidden > 0) {
    d.s.hiddenVp += hidden;
    d.log('islamicState', `Leaders in held redoubts score ${hidden} secret victory point(s).`, { secretTo: 'islamicState' });
  }
  for (let i = 0; i < d.board.ids.length; i++) if (d.region(i).suppressedBy) d.setRegion(i, { suppressedBy: null });
  for (let li = 0; li < d.leaderCount; li++) if (d.leader(li).moved) d.setLeader(li, { moved: false });
  if (coalitionWins(d.s)) return gameOver(d, { winner: 'coalition', reason: reasonFor(d.s, 'coalition') });
  if (d.s.turn >= d.s.scenario.turns) gameOver(d, finalResult(d.s));
}

function gameOver(d: Draft, result: { winner: Side | null; reason: string }): void {
  d.s.phase = 'over';
  d.s.ap = 0;
  d.s.result = result;
  d.log(result.winner, `Game over. ${result.reason}`);
}

/** The date of a turn, computed once per start date and turn. */
const turnDates = new Map<string, string[]>();

function turnDate(startDate: string, turn: number): string {
  let dates = turnDates.get(startDate);
  if (!dates) turnDates.set(startDate, (dates = []));
  return (dates[turn] ??= addDays(startDate, 7 * (turn - 1)));
}

/** A calendar date `days` later, by whole-day arithmetic (no Date object, no time zone). */
export function addDays(isoDate: string, days: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  const d = Number(isoDate.slice(8, 10));
  return civilFromDays(daysFromCivil(y, m, d) + days);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

