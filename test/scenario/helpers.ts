import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Provenance, Scenario } from '../../src/rules/scenario';
import { compileScenario } from '../../src/scenario';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCUMENTS = fileURLToPath(new URL('./documents/', import.meta.url));

export function readDocument(name: string): string {
  return readFileSync(`${DOCUMENTS}${name}`, 'utf8');
}

export function documentNames(): string[] {
  return readdirSync(DOCUMENTS).filter((f) => f.endsWith('.txt')).sort();
}

/** Compiles or fails the test with the compiler's error. */
export function compiled(text: string): Scenario {
  const r = compileScenario(text);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

/** Every provenance in a scenario. */
export function provenances(s: Scenario): Provenance[] {
  const all = [...s.actors, ...s.regions, ...s.links, ...s.leaders, ...s.events].map((x) => x.source);
  return all.filter((p): p is Provenance => p !== null);
}

/** Is the map one connected graph? */
export function connected(s: Scenario): boolean {
  const seen = new Set<string>(s.regions[0] ? [s.regions[0].id] : []);
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of s.links) {
      if (seen.has(l.a) !== seen.has(l.b)) {
        seen.add(l.a);
        seen.add(l.b);
        grew = true;
      }
    }
  }
  return seen.size === s.regions.length;
}

/**
 * Regions the group holds outside the noose (the capture target and its exits), a step or two
 * from one of its exits: where a leader who slips out can go.
 */
export function refugesBeyondNoose(s: Scenario): string[] {
  const next = (id: string) => s.links.flatMap((l) => (l.a === id ? [l.b] : l.b === id ? [l.a] : []));
  const exits = next(s.objectives.capture);
  const noose = new Set([s.objectives.capture, ...exits]);
  const held = new Set(s.regions.filter((r) => r.control === 'islamicState').map((r) => r.id));
  const near = exits.flatMap(next).filter((id) => !noose.has(id));
  return [...new Set([...near, ...near.flatMap(next)])].filter((id) => !noose.has(id) && held.has(id));
}

/**
 * Can `side`'s units reach its objective from the regions it holds, as the rules
 * let them move: never into the ally's ground, bases or objective (§1.5)?
 */
export function reachesObjective(s: Scenario, side: 'coalition' | 'regime'): boolean {
  const ally = side === 'coalition' ? 'regime' : 'coalition';
  const objective = side === 'coalition' ? s.objectives.capture : s.objectives.hold;
  const allyObjective = side === 'coalition' ? s.objectives.hold : s.objectives.capture;
  const allyBases = new Set(s.sides.find((x) => x.side === ally)?.bases ?? []);
  const control = new Map(s.regions.map((r) => [r.id, r.control]));
  const barred = (id: string) => id !== objective && (control.get(id) === ally || allyBases.has(id) || id === allyObjective);
  const seen = new Set(s.regions.filter((r) => r.control === side).map((r) => r.id));
  const queue = [...seen];
  while (queue.length > 0) {
    const here = queue.shift()!;
    if (here === objective) return true;
    for (const l of s.links) {
      const next = l.a === here ? l.b : l.b === here ? l.a : null;
      if (next === null || seen.has(next) || barred(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}
