import { Draft } from './draft';
import { seedRng } from './rng';
import type { Scenario } from './scenario';
import type { GameState, RegionState } from './state';
import { startTurn } from './turn';

/**
 * A new game on turn 1, after the turn's events, in the leader phase.
 * Leaders start at their first start option (the flight's origin); on turn 1
 * Islamic State may place each one anywhere along its flight, in secret.
 */
export function newGame(scenario: Scenario, seed: string): GameState {
  const regions: RegionState[] = scenario.regions.map((r) => ({
    control: r.control,
    units: [r.control === 'coalition' ? r.strength : 0, r.control === 'regime' ? r.strength : 0, r.control === 'islamicState' ? r.strength : 0],
    fort: r.fort,
    suppressedBy: null,
  }));
  const pool = (side: string) => scenario.sides.find((s) => s.side === side)?.pool ?? 0;
  const initial: GameState = {
    scenario,
    seed,
    rng: seedRng(seed),
    turn: 0,
    date: scenario.startDate,
    phase: 'leaders',
    active: 'islamicState',
    ap: 0,
    intel: [0, 0, 0],
    pool: [pool('coalition'), pool('regime'), pool('islamicState')],
    regions,
    leaders: scenario.leaders.map((l) => ({ id: l.id, at: l.startOptions[0] ?? null, status: 'atLarge', revealed: false, moved: false, crossed: 'none' })),
    sightings: [],
    escalation: 0,
    turkeyTension: 0,
    vp: [0, 0, 0],
    hiddenVp: 0,
    neutralized: [0, 0, 0],
    actions: [],
    log: [],
    result: null,
  };
  const d = new Draft(initial);
  d.log(null, `${scenario.title}: a new game, ${scenario.turns} weekly turns from ${scenario.startDate}.`);
  startTurn(d, 1);
  return d.finish(null);
}
