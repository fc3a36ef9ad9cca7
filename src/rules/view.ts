import type { Action } from './actions';
import type { Side } from './scenario';
import type { GameState, Leader, LogEntry } from './state';

/**
 * What one side may know: the state without the generator, the seed, the raw
 * action log, Islamic State's secret points, and hidden leaders' positions.
 */
export interface GameView extends Omit<GameState, 'rng' | 'seed' | 'actions' | 'hiddenVp'> {
  viewer: Side;
  /** Islamic State's redoubt points: null for other sides until the game is over. */
  hiddenVp: number | null;
}

/** Anything the public rules read: the full state or a side's view. */
export type Game = GameState | GameView;

export function view(state: GameState, side: Side): GameView {
  const over = state.phase === 'over';
  const all = side === 'islamicState' || over;
  return {
    viewer: side,
    scenario: state.scenario,
    turn: state.turn,
    date: state.date,
    phase: state.phase,
    active: state.active,
    ap: state.ap,
    intel: state.intel,
    pool: state.pool,
    regions: state.regions,
    leaders: all ? state.leaders : state.leaders.map(redactLeader),
    sightings: state.sightings,
    escalation: state.escalation,
    turkeyTension: state.turkeyTension,
    vp: state.vp,
    hiddenVp: all ? state.hiddenVp : null,
    neutralized: state.neutralized,
    log: all ? state.log : state.log.map((turn) => readable(turn, side)),
    result: state.result,
  };
}

/** Each side's readable copy of each turn's list, filtered once: a past turn's list never changes. */
const readableCache = new Map<Side, WeakMap<readonly LogEntry[], readonly LogEntry[]>>();

function readable(turn: readonly LogEntry[], side: Side): readonly LogEntry[] {
  let cache = readableCache.get(side);
  if (!cache) readableCache.set(side, (cache = new WeakMap()));
  let out = cache.get(turn);
  if (!out) {
    out = turn.some((e) => e.secretTo !== undefined && e.secretTo !== side) ? turn.filter((e) => e.secretTo === undefined || e.secretTo === side) : turn;
    cache.set(turn, out);
  }
  return out;
}

function redactLeader(leader: Leader): Leader {
  const known = leader.status !== 'atLarge' || leader.revealed;
  return { id: leader.id, at: known ? leader.at : null, status: leader.status, revealed: leader.revealed, moved: false, crossed: 'none' };
}

/** Every action of the game so far, in order: the replay's list. */
export function actionsOf(state: GameState): Action[] {
  return state.actions.flat();
}

export function actionCount(state: GameState): number {
  let n = 0;
  for (const turn of state.actions) n += turn.length;
  return n;
}
