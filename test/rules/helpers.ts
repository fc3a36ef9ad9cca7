import seedrandom from 'seedrandom';
import { apply, boardOf, newGame, type Action, type GameState, type RegionState, type RngState } from '../../src/rules';
import { fixtureScenario } from '../fixtures/scenario';

export const scenario = fixtureScenario();

export function game(seed = 'test'): GameState {
  return newGame(scenario, seed);
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
  return state.regions[boardOf(state.scenario).index.get(id)!]!;
}

/** A copy of the state with some regions changed (for setting up a position). */
export function withRegions(state: GameState, patches: Record<string, Partial<RegionState>>): GameState {
  const board = boardOf(state.scenario);
  const regions = state.regions.slice();
  for (const [id, patch] of Object.entries(patches)) {
    const i = board.index.get(id)!;
    regions[i] = { ...regions[i]!, ...patch };
  }
  return { ...state, regions };
}

export function withLeader(state: GameState, id: string, patch: Partial<GameState['leaders'][number]>): GameState {
  return { ...state, leaders: state.leaders.map((l) => (l.id === id ? { ...l, ...patch } : l)) };
}

const rigged = new Map<string, RngState>();

/** A generator state whose next d6 rolls are exactly `rolls`: the dice, loaded for a test. */
export function rig(state: GameState, rolls: number[]): GameState {
  const key = rolls.join(',');
  let found = rigged.get(key);
  for (let n = 0; !found; n++) {
    const prng = seedrandom.alea(`rig-${n}`, { state: true }) as unknown as (() => number) & { state(): RngState };
    const start = prng.state();
    if (rolls.every((r) => 1 + Math.floor(prng() * 6) === r)) found = start;
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
