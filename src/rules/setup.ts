import { Draft } from './draft';
import { seedRng } from './rng';
import { buildRules, type Ruleset } from './ruleset';
import type { Scenario } from './scenario';
import type { GameState, RegionState } from './state';
import { startTurn } from './turn';

/**
 * A new game on turn 1, after the turn's events, in the Coalition's
 * operations. Leaders start, hidden, where the document puts the flight's
 * origin (their first start option: Raqqa in the seed), which every side
 * knows as their first sighting; they first move in secret at the end of
 * turn 1, after every side has acted.
 * Give the ruleset (`buildRules`) when playing many games of one scenario:
 * it is processed once, not per game.
 */
export function newGame(scenario: Scenario | Ruleset, seed: string): GameState {
  const rules = 'digest' in scenario ? scenario : buildRules(scenario);
  const regions: RegionState[] = rules.scenario.regions.map((r) => ({
    control: r.control,
    units: [r.control === 'coalition' ? r.strength : 0, r.control === 'regime' ? r.strength : 0, r.control === 'islamicState' ? r.strength : 0],
    fort: r.fort,
    suppressedBy: null,
    watch: 0,
  }));
  const pool = (k: number) => rules.sideDefs[k]?.pool ?? 0;
  const initial: GameState = {
    rules,
    seed,
    rng: seedRng(seed),
    turn: 0,
    phase: 'leaders',
    active: 'islamicState',
    ap: 0,
    intel: [0, 0, 0],
    pool: [pool(0), pool(1), pool(2)],
    regions,
    // The document says where the flight set out from: everyone knows it, as the leaders' first sighting.
    leaders: rules.scenario.leaders.map((l) => ({ id: l.id, status: 'atLarge', at: l.startOptions[0]!, revealed: false, tracked: false, foundBy: null, moved: false, danger: 0, catcher: null, heat: 0, lastSeen: { region: l.startOptions[0]!, turn: 1, how: 'origin' } })),
    escalation: 0,
    turkeyTension: 0,
    contacts: [],
    actions: null,
    chronicle: null,
    seen: [null, null, null],
    result: null,
  };
  const d = new Draft(initial);
  d.emit({ type: 'gameBegan', audience: 'all', turns: rules.scenario.turns, startDate: rules.scenario.startDate });
  startTurn(d, 1);
  return d.finish(null).state;
}
