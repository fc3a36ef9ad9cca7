import seedrandom from 'seedrandom';
import { apply, buildRules, legalActions, newGame, type Ruleset, type Scenario, type Action, type GameState, type Leader, type RegionState, type RngState, type GameEvent, type LeaderAtLarge, type Side, toArray } from '../../src/rules';
import { fixtureScenario } from '../fixtures/scenario';

export const scenario = fixtureScenario();
export const rules = buildRules(scenario);

export function game(seed = 'test'): GameState {
  return newGame(rules, seed);
}

/** Apply and insist it was legal. */
export function act(state: GameState, action: Action): GameState {
  const r = apply(state, action);
  if (!r.ok) throw new Error(`${action.type} refused: ${r.error.message}`);
  return r.state;
}

/** Apply a list of legal actions in turn. */
export function play(state: GameState, actions: Action[]): GameState {
  return actions.reduce(act, state);
}

export function regionOf(state: GameState, id: string): RegionState {
  return state.regions[state.rules.index.get(id)!]!;
}

/** A copy of the state with some regions changed (for setting up a position). */
export function withRegions(state: GameState, patches: Record<string, Partial<RegionState>>): GameState {
  const regions = state.regions.slice();
  for (const [id, patch] of Object.entries(patches)) {
    const i = state.rules.index.get(id)!;
    regions[i] = { ...regions[i]!, ...patch };
  }
  return { ...state, regions };
}

/** A copy of the state with one leader changed; a leader at large made revealed is also last seen where it is. */
export function withLeader(state: GameState, id: string, patch: Partial<Leader>): GameState {
  const leaders = state.leaders.map((l): Leader => {
    if (l.id !== id) return l;
    const next = { ...l, ...patch } as Leader;
    if (next.status === 'atLarge' && next.revealed && next.lastSeen?.region !== next.at) return { ...next, lastSeen: { region: next.at, turn: state.turn, how: 'search' } };
    return next;
  });
  return { ...state, leaders };
}

/** A copy of the state with leaders captured (by the Coalition unless told) where they stand. */
export function withCaptured(state: GameState, ids: readonly string[], by: Side = 'coalition'): GameState {
  return { ...state, leaders: state.leaders.map((l): Leader => (ids.includes(l.id) ? { id: l.id, status: 'captured', at: l.at, by, how: 'raid', turn: state.turn } : l)) };
}

/** The leader at large with this id (a test fails loudly if it was captured). */
export function atLarge(state: GameState, id: string): LeaderAtLarge {
  const l = state.leaders.find((x) => x.id === id);
  if (!l || l.status !== 'atLarge') throw new Error(`${id} is not at large`);
  return l;
}

/** Every event of the game so far, oldest first. */
export function eventsOf(state: GameState): GameEvent[] {
  return toArray(state.chronicle).flatMap((c) => c.events);
}

const rigged = new Map<string, RngState>();
const TWO32 = 2 ** 32;

/**
 * A generator state whose next d6 rolls are exactly `rolls`: the dice, loaded
 * for a test. Alea's first three draws are its state's three fractions, so
 * those are set straight into the rolls' ranges; the rest are searched for
 * (a sixth of the tries fit each further roll), then checked through
 * seedrandom itself.
 */
export function rig(state: GameState, rolls: number[]): GameState {
  const key = rolls.join(',');
  let found = rigged.get(key);
  const pick = seedrandom.alea(`rig:${key}`);
  const fraction = (roll: number | undefined) => {
    const low = Math.ceil((((roll ?? 1) - 1) / 6) * TWO32);
    const high = Math.floor(((roll ?? 6) / 6) * TWO32) - 1;
    return (low + Math.floor(pick() * (high - low + 1))) / TWO32;
  };
  while (!found) {
    const candidate: RngState = { c: 1 + Math.floor(pick() * 2091638), s0: 0, s1: 0, s2: 0 };
    // Alea's step: t = 2091639 * s0 + c / 2^32; the draw is t's fraction, which shifts in as s2.
    const sim = { c: candidate.c, s: [fraction(rolls[0]), fraction(rolls[1]), fraction(rolls[2])] };
    [candidate.s0, candidate.s1, candidate.s2] = sim.s as [number, number, number];
    let ok = true;
    for (let k = 0; k < rolls.length && ok; k++) {
      const t = 2091639 * sim.s[0]! + sim.c * 2.3283064365386963e-10;
      sim.c = t | 0;
      sim.s = [sim.s[1]!, sim.s[2]!, t - sim.c];
      ok = 1 + Math.floor(sim.s[2]! * 6) === rolls[k];
    }
    if (!ok) continue;
    const prng = seedrandom.alea('', { state: candidate });
    if (rolls.every((r) => 1 + Math.floor(prng() * 6) === r)) found = candidate;
  }
  rigged.set(key, found);
  return { ...state, rng: found };
}

/** Skip to the operations phase of `side` in the current turn (leaders stay where they are). */
export function toOperations(state: GameState, side: 'coalition' | 'regime' | 'islamicState'): GameState {
  let s = state;
  for (let guard = 0; !(s.phase === 'operations' && s.active === side); guard++) {
    if (guard > 10) throw new Error('could not reach phase');
    s = act(s, { type: 'endPhase', side: s.active });
  }
  return s;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A game of random legal actions to its end, the picks seeded by `pick:SEED`: how the golden replays are made. */
export function randomGame(scenario: Scenario | Ruleset, seed: string): GameState {
  const pick = seedrandom(`pick:${seed}`);
  let s = newGame(scenario, seed);
  while (s.phase !== 'over') {
    const legal = legalActions(s, s.active);
    const r = apply(s, legal[Math.floor(pick() * legal.length)]!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

/**
 * A long quiet game on the built-in scenario: `turns` turns at 20 AP a side, every side fortifying,
 * watching and searching more than it fights, so the game runs its course (200 turns: about 2,600
 * actions on the built-in map, histories deeper than the browser's structured clone copies cell by cell).
 */
export function quietGame(scenario: Scenario, turns: number): GameState {
  const long = { ...scenario, turns, sides: scenario.sides.map((d) => ({ ...d, ap: 20 })) };
  let state = newGame(long, 'long');
  const quiet = ['fortify', 'watch', 'search', 'reinforce', 'deconflict'];
  let n = 0;
  while (state.phase !== 'over') {
    const legal = legalActions(state, state.active);
    // Every seventh quiet option looked at is passed over, so the choices vary.
    const pick = legal.find((a) => quiet.includes(a.type) && n++ % 7 !== 0) ?? legal.find((a) => a.type === 'endPhase') ?? legal[0]!;
    state = act(state, pick);
  }
  return state;
}
