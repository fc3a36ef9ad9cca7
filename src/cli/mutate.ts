/**
 * Structural mutations of a JSON document, for the save and replay fuzzer:
 * numbers set to edge values or to text that looks like a number, keys
 * deleted, renamed, swapped and written twice, list items deleted,
 * duplicated, swapped and borrowed from elsewhere, types changed, text
 * replaced by other text of the same file (ids, mostly), cut, grown huge or
 * spiked with odd characters; and, on the file's bytes, a cut or flipped
 * bits. Everything is drawn from one seeded generator: mutant `i` of a seed
 * is the same file on every machine.
 */
import seedrandom from 'seedrandom';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface Mutant {
  /** The file's text, as a loader receives it. */
  text: string;
  /** What was done, for the report: one short phrase per mutation. */
  ops: string[];
}

/** A seeded source of choices. */
export class Chooser {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = seedrandom.alea(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/**
 * Paths grouped by field ("actions.*.to", "scenario.startDate"): a mutation
 * picks a field first, then one of its paths, so a field written once (the
 * start date, the number of turns) is as likely a target as one written in
 * every action.
 */
export interface Paths {
  groups: Path[][];
  count: number;
}

function grouped(paths: Path[]): Paths {
  const by = new Map<string, Path[]>();
  for (const p of paths) {
    const field = p.map((k) => (typeof k === 'number' ? '*' : k)).join('.');
    if (!by.has(field)) by.set(field, []);
    by.get(field)!.push(p);
  }
  return { groups: [...by.values()], count: paths.length };
}

/** What a document holds, indexed once: every path, and its numbers, texts, lists and objects apart. */
export interface Shape {
  doc: Json;
  all: Paths;
  numbers: Paths;
  strings: Paths;
  arrays: Paths;
  objects: Paths;
  /** Every text value of the document, to put one where another was. */
  texts: string[];
  /** The texts found under each key name ("to", "side", "control"): a swap among them often still reads as a game. */
  textsByKey: Map<string, string[]>;
}

export function shapeOf(doc: Json): Shape {
  const all: Path[] = [];
  const numbers: Path[] = [];
  const strings: Path[] = [];
  const arrays: Path[] = [];
  const objects: Path[] = [];
  const texts = new Set<string>();
  const byKey = new Map<string, Set<string>>();
  const walk = (v: Json, at: Path) => {
    all.push(at);
    if (typeof v === 'number') numbers.push(at);
    else if (typeof v === 'string') {
      strings.push(at);
      if (v.length <= 200) {
        texts.add(v);
        const key = String(at[at.length - 1] ?? '');
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add(v);
      }
    } else if (Array.isArray(v)) {
      arrays.push(at);
      v.forEach((x, i) => walk(x, [...at, i]));
    } else if (v !== null && typeof v === 'object') {
      objects.push(at);
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    }
  };
  walk(doc, []);
  const textsByKey = new Map<string, string[]>();
  for (const [key, values] of byKey) textsByKey.set(key, [...values]);
  return { doc, all: grouped(all), numbers: grouped(numbers), strings: grouped(strings), arrays: grouped(arrays), objects: grouped(objects), texts: [...texts], textsByKey };
}

/** The value at `path`, or undefined where an earlier mutation of the same mutant took it away. */
function get(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function objectAt(doc: Json, path: Path): Record<string, Json> | null {
  const v = get(doc, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

function arrayAt(doc: Json, path: Path): Json[] | null {
  const v = get(doc, path);
  return Array.isArray(v) ? v : null;
}

/** The parent of `path` in the mutant, and the key under it, if both are still there. */
function parentOf(doc: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } | null {
  if (path.length === 0) return null;
  const parent = get(doc, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (parent === null || typeof parent !== 'object' || parent === undefined || !Object.hasOwn(parent, key)) return null;
  return { parent: parent as Record<string | number, Json>, key };
}

const EDGE_NUMBERS: readonly number[] = [0, -0, 1, -1, 2, 0.5, -0.5, 6, 7, 9, 10, 20, 21, -9, -100, 100, 255, 256, -1000, 1000, 999_999, -999_999, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 + 2, 1e21, 1e308, -1e308, 5e-324];
const NUMBER_TEXTS: readonly string[] = ['NaN', 'Infinity', '-Infinity', '1e999', '-5', '0x10', '', ' 3', '3', '1/0', 'null'];
const ODD_TEXTS: readonly string[] = ['', ' ', '\u0000', '\ud800', '\u202e', '💥', '__proto__', 'constructor', 'toString', '../../etc/passwd', '<script>', '\n', 'x'.repeat(201)];
const ODD_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype', '', 'Seed', 'actions ', 'hash2', 'rng', 'state'];
const ODD_VALUES: readonly Json[] = [null, true, false, 0, '', [], {}, 'x', [null], { a: 1 }];

/** A number near `v` or at an edge: what a mistake or an attacker writes. */
function edgeNumber(c: Chooser, v: number): number {
  switch (c.int(4)) {
    case 0:
      return v + c.pick([1, -1, 2, -2]);
    case 1:
      return c.pick([-v, v * 2, v * 1000, v + 0.5]);
    default:
      return c.pick(EDGE_NUMBERS);
  }
}

/** Writes JSON text, with one object key written a second time (the last one wins in JSON.parse). */
function toText(doc: Json, twice: { path: Path; key: string; value: Json } | null): string {
  if (!twice) return JSON.stringify(doc);
  const target = get(doc, twice.path);
  if (target === undefined) return JSON.stringify(doc);
  const write = (v: Json): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`);
    if (v === target) parts.push(`${JSON.stringify(twice.key)}:${JSON.stringify(twice.value)}`);
    return `{${parts.join(',')}}`;
  };
  return write(doc);
}

/** One structural mutation of `doc` (a private copy), or a key to write twice; a phrase saying what it did. */
function mutateOnce(c: Chooser, shape: Shape, doc: Json, twice: { value: { path: Path; key: string; value: Json } | null }): string {
  // Choices 13 to 23 are gentle (a number one off, a text swapped for another under the same key): they
  // often still make a game, so the play after loading is fuzzed as well as the loader.
  const choice = c.int(24);
  const some = (paths: Paths) => (paths.count > 0 ? c.pick(c.pick(paths.groups)) : null);
  const name = (p: Path) => (p.length ? p.join('.') : '(top)');
  switch (choice) {
    case 0:
    case 1: {
      const p = some(shape.numbers);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = edgeNumber(c, Number(at.parent[at.key]));
      at.parent[at.key] = v;
      return `${name(p)} = ${v}`;
    }
    case 2: {
      const p = some(shape.numbers);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = c.pick(NUMBER_TEXTS);
      at.parent[at.key] = v;
      return `${name(p)} = ${JSON.stringify(v)}`;
    }
    case 3: {
      const p = some(shape.all);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = c.chance(0.3) ? [at.parent[at.key]!] : c.pick(ODD_VALUES);
      at.parent[at.key] = v;
      return `${name(p)} type changed to ${JSON.stringify(v).slice(0, 30)}`;
    }
    case 4: {
      const p = some(shape.objects);
      if (!p) break;
      const obj = objectAt(doc, p);
      if (!obj) break;
      const keys = Object.keys(obj);
      if (keys.length === 0) break;
      const k = c.pick(keys);
      delete obj[k];
      return `${name([...p, k])} deleted`;
    }
    case 5: {
      const p = some(shape.objects);
      if (!p) break;
      const obj = objectAt(doc, p);
      if (!obj) break;
      const keys = Object.keys(obj);
      if (keys.length < 2) break;
      const a = c.pick(keys);
      const b = c.pick(keys);
      [obj[a], obj[b]] = [obj[b]!, obj[a]!];
      return `${name(p)}: ${a} and ${b} swapped`;
    }
    case 6: {
      const p = some(shape.objects);
      if (!p) break;
      const obj = objectAt(doc, p);
      if (!obj) break;
      const keys = Object.keys(obj);
      if (keys.length === 0) break;
      const k = c.pick(keys);
      if (c.chance(0.5)) {
        const renamed = c.chance(0.5) ? c.pick(ODD_KEYS) : `${k}${c.pick(['s', '_', ' ', 'X'])}`;
        Object.defineProperty(obj, renamed, { value: obj[k], enumerable: true, writable: true, configurable: true });
        delete obj[k];
        return `${name([...p, k])} renamed ${JSON.stringify(renamed)}`;
      }
      const v = c.chance(0.5) ? c.pick(ODD_VALUES) : (get(shape.doc, some(shape.all)!) ?? null);
      twice.value = { path: p, key: k, value: v };
      return `${name([...p, k])} written twice`;
    }
    case 7:
    case 8: {
      const p = some(shape.arrays);
      if (!p) break;
      const arr = arrayAt(doc, p);
      if (!arr || arr.length === 0) break;
      const i = c.int(arr.length);
      const j = c.int(arr.length);
      switch (c.int(6)) {
        case 0:
          arr.splice(i, 1);
          return `${name(p)}[${i}] deleted`;
        case 1:
          arr.splice(i, 0, structuredClone(arr[i]!));
          return `${name(p)}[${i}] duplicated`;
        case 2:
          [arr[i], arr[j]] = [arr[j]!, arr[i]!];
          return `${name(p)}[${i}] and [${j}] swapped`;
        case 3:
          arr.length = i;
          return `${name(p)} cut to ${i} items`;
        case 4: {
          const from = arrayAt(shape.doc, some(shape.arrays)!);
          if (!from || from.length === 0) break;
          arr.splice(i, 0, structuredClone(c.pick(from)));
          return `${name(p)}[${i}] borrowed from another list`;
        }
        default: {
          const n = c.pick([10, 1000, 100_000]);
          const item = arr[i]!;
          for (let k = 0; k < n; k++) arr.push(item);
          return `${name(p)} grown by ${n} copies of [${i}]`;
        }
      }
      break;
    }
    case 9: {
      const p = some(shape.strings);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = c.pick(shape.texts);
      at.parent[at.key] = v;
      return `${name(p)} = ${JSON.stringify(v).slice(0, 40)}`;
    }
    case 10: {
      const p = some(shape.strings);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const s = String(at.parent[at.key]);
      const v = c.pick([s.slice(0, c.int(s.length + 1)), s + c.pick(ODD_TEXTS), c.pick(ODD_TEXTS), s.repeat(c.pick([2, 1000, 100_000])).slice(0, 2_000_000)]);
      at.parent[at.key] = v;
      return `${name(p)} text changed (${v.length} characters)`;
    }
    case 11: {
      const p = some(shape.strings);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = edgeNumber(c, 0);
      at.parent[at.key] = v;
      return `${name(p)} = ${v} (text made a number)`;
    }
    case 13:
    case 14:
    case 15:
    case 16:
    case 17: {
      const p = some(shape.numbers);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const was = Number(at.parent[at.key]);
      const v = was + c.pick(was > 0 ? [1, -1] : [1]);
      at.parent[at.key] = v;
      return `${name(p)} = ${v} (was ${was})`;
    }
    case 18:
    case 19:
    case 20:
    case 21: {
      const p = some(shape.strings);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const was = String(at.parent[at.key]);
      const digits = [...was.matchAll(/\d/g)].map((m) => m.index);
      if (digits.length === 0) break;
      const i = c.pick(digits);
      const v = `${was.slice(0, i)}${c.int(10)}${was.slice(i + 1)}`;
      at.parent[at.key] = v;
      return `${name(p)} = ${JSON.stringify(v).slice(0, 40)} (a digit changed)`;
    }
    case 22:
    case 23: {
      const p = some(shape.strings);
      const at = p && parentOf(doc, p);
      if (!p || !at) break;
      const v = c.pick(shape.textsByKey.get(String(p[p.length - 1])) ?? shape.texts);
      at.parent[at.key] = v;
      return `${name(p)} = ${JSON.stringify(v).slice(0, 40)}`;
    }
    default: {
      const p = some(shape.objects);
      if (!p) break;
      const obj = objectAt(doc, p);
      if (!obj) break;
      const k = c.pick(ODD_KEYS);
      Object.defineProperty(obj, k, { value: c.pick(ODD_VALUES), enumerable: true, writable: true, configurable: true });
      return `${name(p)} given a key ${JSON.stringify(k)}`;
    }
  }
  return 'nothing changed';
}

/** Bit flips or a cut in the file's UTF-8 bytes, read back as a loader reading the file would (bad bytes as U+FFFD). */
function mutateBytes(c: Chooser, text: string): { text: string; op: string } {
  const bytes = new TextEncoder().encode(text);
  if (c.chance(0.4)) {
    const at = c.int(bytes.length);
    return { text: new TextDecoder().decode(bytes.subarray(0, at)), op: `cut at byte ${at} of ${bytes.length}` };
  }
  const flips = 1 + c.int(8);
  for (let k = 0; k < flips; k++) bytes[c.int(bytes.length)]! ^= 1 << c.int(8);
  return { text: new TextDecoder().decode(bytes), op: `${flips} bit(s) flipped` };
}

/** One mutant of a document: one to three structural mutations, and now and then a cut or flipped bits in its bytes. */
export function mutate(shape: Shape, c: Chooser): Mutant {
  const doc = structuredClone(shape.doc);
  const ops: string[] = [];
  const twice: { value: { path: Path; key: string; value: Json } | null } = { value: null };
  const count = c.pick([1, 1, 1, 1, 2, 2, 3]);
  for (let k = 0; k < count; k++) {
    // A choice that finds nothing to change (no list in the file, an empty object) is drawn again.
    let op = 'nothing changed';
    for (let tries = 0; tries < 8 && op === 'nothing changed'; tries++) op = mutateOnce(c, shape, doc, twice);
    ops.push(op);
  }
  let text = toText(doc, twice.value);
  if (c.chance(0.12)) {
    const bytes = mutateBytes(c, text);
    text = bytes.text;
    ops.push(bytes.op);
  }
  return { text, ops };
}
