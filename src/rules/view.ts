import type { Side } from './scenario';
import type { GameState, Leader } from './state';

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
    log: all ? state.log : state.log.filter((e) => e.secretTo === undefined || e.secretTo === side),
    result: state.result,
  };
}

function redactLeader(leader: Leader): Leader {
  const known = leader.status !== 'atLarge' || leader.revealed;
  return { id: leader.id, at: known ? leader.at : null, status: leader.status, revealed: leader.revealed, moved: false, crossed: 'none' };
}
