import { occupant } from './combat';
import { NUMBERS } from './numbers';
import { observe } from './observe';
import { rngProblem } from './rng';
import { SIDES } from './scenario';
import type { GameState } from './state';

/**
 * What must hold in every reachable state, or a sentence naming what broke.
 * For tests and the soak: a broken invariant is an engine bug, never a player's error.
 */
export function invariantProblem(s: GameState): string | null {
  const { ids, index, scenario } = s.rules;
  if (s.regions.length !== ids.length) return `${s.regions.length} region states for ${ids.length} regions.`;
  for (const [i, r] of s.regions.entries()) {
    const name = `regions.${i} (${ids[i]})`;
    if (r.units.some((u) => !Number.isInteger(u) || u < 0 || u > NUMBERS.maxStrength)) return `${name}: strength out of 0..${NUMBERS.maxStrength} (${r.units.join('/')}).`;
    if (r.units.filter((u) => u > 0).length > 1) return `${name}: units of more than one side.`;
    const o = occupant(r);
    if (o && r.control !== o) return `${name}: held by ${r.control} but ${o} units stand there.`;
    if (r.fort < 0 || r.fort > NUMBERS.maxFort) return `${name}: fortification ${r.fort}.`;
  }
  if (s.leaders.length !== scenario.leaders.length) return `${s.leaders.length} leader states for ${scenario.leaders.length} leaders.`;
  for (const [i, l] of s.leaders.entries()) {
    if (l.id !== scenario.leaders[i]!.id) return `leaders.${i}: ${l.id} is not the scenario's ${scenario.leaders[i]!.id}.`;
    if (!index.has(l.at)) return `leaders.${i}.at: ${l.id} is not in a region (${l.at}).`;
    if (l.status === 'atLarge' && l.revealed && l.lastSeen?.region !== l.at) return `leaders.${i}: ${l.id} is revealed but was last seen elsewhere.`;
    if (l.status === 'atLarge' && s.phase !== 'leaders' && (l.moved || l.danger !== 0)) return `leaders.${i}: ${l.id} still owes its leader-phase die outside the leader phase.`;
    if (l.status === 'atLarge' && (l.heat < 0 || l.heat > NUMBERS.maxHeat)) return `leaders.${i}: heat ${l.heat}.`;
    if (l.status === 'atLarge' && (l.tracked || l.foundBy !== null) && !l.revealed) return `leaders.${i}: ${l.id} is tracked or found but not revealed.`;
  }
  if (!Number.isInteger(s.ap) || s.ap < 0) return `action points ${s.ap}.`;
  if ([...s.pool, ...s.intel].some((x) => !Number.isInteger(x) || x < 0)) return `a pool or intelligence count that is not a whole number of at least 0 (${s.pool.join('/')}, ${s.intel.join('/')}).`;
  if (s.phase === 'leaders' && (s.active !== 'islamicState' || s.ap !== 0)) return `the leader phase is ${s.active}'s with ${s.ap} action points (only Islamic State moves leaders, with none).`;
  if (s.phase === 'operations' && s.ap > Math.max(1, s.rules.sideDefs[SIDES.indexOf(s.active)]?.ap ?? 0)) return `${s.active} has ${s.ap} action points, more than its allowance.`;
  const rng = rngProblem(s.rng);
  if (rng) return `rng: ${rng}`;
  if (s.escalation < 0 || s.escalation > NUMBERS.maxEscalation) return `escalation ${s.escalation}.`;
  if (s.turkeyTension < 0 || s.turkeyTension > NUMBERS.maxTurkeyTension) return `Turkey tension ${s.turkeyTension}.`;
  if (s.turn < 1 || s.turn > scenario.turns) return `turn ${s.turn}.`;
  if ((s.phase === 'over') !== (s.result !== null)) return 'phase and result disagree.';
  if (s.phase === 'over') return null;
  // The newest chapters only: every earlier state was checked when it was new (the soak checks every one).
  for (const side of SIDES) {
    for (let cell = observe(s, side).log, k = 0; cell !== null && k < 2; cell = cell.prev, k++) {
      const secret = cell.item.events.find((e) => e.audience !== 'all' && e.audience !== side);
      if (secret) return `${side} has seen a ${secret.type} event meant for ${secret.audience}.`;
    }
  }
  return null;
}
