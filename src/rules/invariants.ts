import { boardOf } from './board';
import { occupant } from './check';
import { NUMBERS } from './numbers';
import type { GameState } from './state';
import { view } from './view';

/**
 * What must hold in every reachable state, or a sentence naming what broke.
 * For tests and the soak: a broken invariant is an engine bug, never a player's error.
 */
export function invariantProblem(s: GameState): string | null {
  const board = boardOf(s.scenario);
  for (const [i, r] of s.regions.entries()) {
    const name = `regions.${i} (${board.ids[i]})`;
    if (r.units.some((u) => !Number.isInteger(u) || u < 0 || u > NUMBERS.maxStrength)) return `${name}: strength out of 0..${NUMBERS.maxStrength} (${r.units.join('/')}).`;
    if (r.units.filter((u) => u > 0).length > 1) return `${name}: units of more than one side.`;
    const o = occupant(r);
    if (o && r.control !== o) return `${name}: held by ${r.control} but ${o} units stand there.`;
    if (r.fort < 0 || r.fort > NUMBERS.maxFort) return `${name}: fortification ${r.fort}.`;
  }
  for (const [i, l] of s.leaders.entries()) {
    if (l.at === null || !board.index.has(l.at)) return `leaders.${i}.at: ${l.id} is not in exactly one region (${l.at}).`;
    if (l.status !== 'atLarge' && !l.revealed) return `leaders.${i}: ${l.id} is ${l.status} but not revealed.`;
  }
  if (!Number.isInteger(s.ap) || s.ap < 0) return `action points ${s.ap}.`;
  if ([...s.pool, ...s.intel].some((x) => x < 0)) return 'a negative pool or intelligence count.';
  if (s.escalation < 0 || s.escalation > NUMBERS.maxEscalation) return `escalation ${s.escalation}.`;
  if (s.turkeyTension < 0 || s.turkeyTension > NUMBERS.maxTurkeyTension) return `Turkey tension ${s.turkeyTension}.`;
  if (s.turn < 1 || s.turn > s.scenario.turns) return `turn ${s.turn}.`;
  if ((s.phase === 'over') !== (s.result !== null)) return 'phase and result disagree.';
  for (const side of ['coalition', 'regime'] as const) {
    const v = view(s, side);
    for (const [i, l] of v.leaders.entries()) {
      const real = s.leaders[i]!;
      if (s.phase !== 'over' && real.status === 'atLarge' && !real.revealed && l.at !== null) return `${side} sees hidden leader ${l.id}.`;
    }
    if (s.phase !== 'over' && v.log.some((turn) => turn.some((e) => e.secretTo && e.secretTo !== side))) return `${side} reads a secret log entry.`;
  }
  return null;
}
