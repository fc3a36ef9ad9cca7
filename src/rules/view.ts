import type { Action } from './actions';
import { sideIndex } from './board';
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
    leaders: all ? state.leaders : redacted(state.leaders),
    sightings: state.sightings,
    escalation: state.escalation,
    turkeyTension: state.turkeyTension,
    vp: state.vp,
    hiddenVp: all ? state.hiddenVp : null,
    neutralized: state.neutralized,
    log: all ? state.log : readableLog(state.log, side),
    result: state.result,
  };
}

type Log = GameState['log'];

/** Each side's readable copy of each turn's list, filtered once: a past turn's list never changes. */
const readableTurns: WeakMap<readonly LogEntry[], readonly LogEntry[]>[] = [new WeakMap(), new WeakMap(), new WeakMap()];
/** Each side's last log filtered, and its copy: the next state's log shares all but its last turn or two with it. */
const lastSource: (Log | null)[] = [null, null, null];
const lastReadable: (Log | null)[] = [null, null, null];
const EMPTY: Log = [];

/** The log as `side` may read it: pointer checks against the last log this side read, a filter of the newest turn, and a cached filter of any other turn not shared with it. */
function readableLog(log: Log, side: Side): Log {
  const si = sideIndex(side);
  const prev = lastSource[si] ?? EMPTY;
  const prevOut = lastReadable[si] ?? EMPTY;
  const shared = Math.min(prev.length, log.length);
  const out: (readonly LogEntry[])[] = new Array<readonly LogEntry[]>(log.length);
  const last = log.length - 1;
  for (let t = 0; t < log.length; t++) {
    const turn = log[t]!;
    if (t < shared && prev[t] === turn) out[t] = prevOut[t]!;
    // The last turn's list grows with every action, and the one before it has just ended since this
    // side's previous view: both filtered afresh (the next view reuses them from `lastReadable`);
    // an older turn not shared with the previous view is filtered once and cached.
    else out[t] = t >= last - 1 ? filterTurn(turn, side) : readable(turn, side, si);
  }
  lastSource[si] = log;
  lastReadable[si] = out;
  return out;
}

/** A completed turn's readable list, cached: it never changes. */
function readable(turn: readonly LogEntry[], side: Side, si: number): readonly LogEntry[] {
  const cache = readableTurns[si]!;
  let out = cache.get(turn);
  if (!out) cache.set(turn, (out = filterTurn(turn, side)));
  return out;
}

/** The entries of one turn's list that `side` may read: the list itself when none is hidden from it. */
function filterTurn(turn: readonly LogEntry[], side: Side): readonly LogEntry[] {
  for (let i = 0; i < turn.length; i++) {
    const secretTo = turn[i]!.secretTo;
    if (secretTo !== undefined && secretTo !== side) {
      const kept: LogEntry[] = [];
      for (let j = 0; j < i; j++) kept.push(turn[j]!);
      for (let j = i + 1; j < turn.length; j++) {
        const e = turn[j]!;
        if (e.secretTo === undefined || e.secretTo === side) kept.push(e);
      }
      return kept;
    }
  }
  return turn;
}

/** The leaders as Coalition and Regime see them (the same for both), redacted again only when the leaders change. */
let lastLeaders: readonly Leader[] | null = null;
let lastRedacted: readonly Leader[] = [];

function redacted(leaders: readonly Leader[]): readonly Leader[] {
  if (leaders !== lastLeaders) {
    const copy: Leader[] = new Array<Leader>(leaders.length);
    for (let i = 0; i < leaders.length; i++) copy[i] = redactLeader(leaders[i]!);
    lastLeaders = leaders;
    lastRedacted = copy;
  }
  return lastRedacted;
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
