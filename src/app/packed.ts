/**
 * Game states packed to cross from a Web Worker to the page. A state's
 * histories are linked lists, one cell per action, newest first; the
 * structured clone postMessage uses copies them by recursion and overflows
 * its stack about 2,000 cells deep, so the last state of a long game cannot
 * cross as it is. Packed, every cell of every history is one entry of a flat
 * list pointing at its predecessor by index, each shared cell once (the
 * states of one game share almost all of their histories), and the ruleset
 * the states share crosses once.
 */
import type { GameEvent, GameState, Ruleset } from '../rules';
import type { History } from '../rules/history';
import type { ReplayWatch } from './replay';

interface Cell {
  item: unknown;
  /** Index of the cell before it, or -1 for the first. */
  prev: number;
}

type PackedState = Omit<GameState, 'rules' | 'actions' | 'chronicle' | 'seen'> & { actions: number; chronicle: number; seen: [number, number, number] };

export interface PackedStates {
  rules: Ruleset;
  cells: Cell[];
  states: PackedState[];
}

export interface PackedWatch {
  packed: PackedStates;
  events: (readonly GameEvent[])[];
  index: number;
  dice: ReplayWatch['dice'];
}

export function packStates(states: readonly GameState[]): PackedStates {
  const cells: Cell[] = [];
  const ids = new Map<History<unknown>, number>();
  const intern = (list: History<unknown> | null): number => {
    // The cells not yet packed, newest first, then packed oldest first so each points back at a known index.
    const fresh: History<unknown>[] = [];
    for (let cell = list; cell !== null && !ids.has(cell); cell = cell.prev) fresh.push(cell);
    for (let k = fresh.length - 1; k >= 0; k--) {
      const cell = fresh[k]!;
      ids.set(cell, cells.length);
      cells.push({ item: cell.item, prev: cell.prev === null ? -1 : ids.get(cell.prev)! });
    }
    return list === null ? -1 : ids.get(list)!;
  };
  const packed = states.map(({ rules: _rules, actions, chronicle, seen, ...rest }) => ({
    ...rest,
    actions: intern(actions),
    chronicle: intern(chronicle),
    seen: [intern(seen[0]), intern(seen[1]), intern(seen[2])] as [number, number, number],
  }));
  const rules = states[0]?.rules;
  if (!rules) throw new Error('no states to pack');
  return { rules, cells, states: packed };
}

export function unpackStates(p: PackedStates): GameState[] {
  const lists: History<unknown>[] = [];
  for (const cell of p.cells) {
    const prev = cell.prev < 0 ? null : lists[cell.prev]!;
    lists.push({ item: cell.item, prev, size: prev === null ? 1 : prev.size + 1 });
  }
  const at = <T>(id: number): History<T> | null => (id < 0 ? null : (lists[id] as History<T>));
  return p.states.map(({ actions, chronicle, seen, ...rest }) => ({
    ...rest,
    rules: p.rules,
    actions: at(actions),
    chronicle: at(chronicle),
    seen: [at(seen[0]), at(seen[1]), at(seen[2])],
  })) as GameState[];
}

export function packWatch(watch: ReplayWatch): PackedWatch {
  return { packed: packStates(watch.states), events: watch.events, index: watch.index, dice: watch.dice };
}

export function unpackWatch(p: PackedWatch): ReplayWatch {
  return { states: unpackStates(p.packed), events: p.events, index: p.index, dice: p.dice, hashCheck: null };
}
