/**
 * An append-only list, newest first. Appending allocates one cell and shares
 * everything before it, so every state shares its whole history with the
 * state it came from: no list is ever copied.
 */
export interface History<T> {
  readonly item: T;
  readonly prev: History<T> | null;
  /** Items in the list, this one included. */
  readonly size: number;
}

export function append<T>(list: History<T> | null, item: T): History<T> {
  return { item, prev: list, size: list === null ? 1 : list.size + 1 };
}

export function sizeOf(list: History<unknown> | null): number {
  return list === null ? 0 : list.size;
}

/** Oldest first. */
export function toArray<T>(list: History<T> | null): T[] {
  const out = new Array<T>(sizeOf(list));
  for (let cell = list, i = out.length - 1; cell !== null; cell = cell.prev, i--) out[i] = cell.item;
  return out;
}

export function fromArray<T>(items: readonly T[]): History<T> | null {
  let list: History<T> | null = null;
  for (const item of items) list = append(list, item);
  return list;
}
